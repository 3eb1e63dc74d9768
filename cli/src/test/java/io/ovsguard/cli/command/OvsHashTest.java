package io.ovsguard.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OvsHashTest {

    @Test
    void emptyStringHashesToZeroLikeOvs() {
        assertThat(OvsHash.string("")).isZero();
    }

    @Test
    void theBooleanHashesAreOvsConstantsNotTheIntegerHashesTheirCommentNames() {
        // lib/hash.h calls P0 "hash_int(1, 0)" and P1 "hash_int(2, 0)", from before hash_int became MurmurHash3;
        // the constants are what it uses (the order ovs-vsctl sends booleans in is checked by the corpus)
        assertThat(OvsHash.bool(true)).isEqualTo(0xc2b73583).isNotEqualTo(OvsHash.integer(1));
        assertThat(OvsHash.bool(false)).isEqualTo(0xe90f1258).isNotEqualTo(OvsHash.integer(2));
    }
}
