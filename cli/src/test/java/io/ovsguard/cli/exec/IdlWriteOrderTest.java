package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdlWriteOrderTest {

    // the orders are ovs-vsctl 3.1's, read from the server's errors for `add` of too many values (corpus 430-433)

    @Test
    void stringsComeInTheOrderOfTheIdlsHashTable() {
        assertThat(IdlWriteOrder.of(strings("extra", "x"))).isEqualTo(strings("x", "extra"));
        assertThat(IdlWriteOrder.of(strings("w", "x", "y", "zz"))).isEqualTo(strings("y", "x", "zz", "w"));
        assertThat(IdlWriteOrder.of(strings("a", "b", "c"))).isEqualTo(strings("a", "b", "c"));
    }

    @Test
    void integersHashTheirValue() {
        List<Atom> written = new ArrayList<>();
        for (long value : new long[] {1, 2, 3, 4, 5, 17, 4000}) {
            written.add(Atom.integer(value));
        }

        assertThat(IdlWriteOrder.of(written)).containsExactly(Atom.integer(4), Atom.integer(1), Atom.integer(17),
                Atom.integer(5), Atom.integer(2), Atom.integer(4000), Atom.integer(3));
    }

    @Test
    void aUuidLeavesTheCanonicalOrderAsTheIdlHashesRowsItMadeUp() {
        List<Atom> written = List.of(Atom.uuid(Uuid.parse("00000000-0000-0000-0000-000000000001")),
                Atom.uuid(Uuid.parse("00000000-0000-0000-0000-000000000002")));

        assertThat(IdlWriteOrder.of(written)).isEmpty();
    }

    private static List<Atom> strings(String... values) {
        List<Atom> atoms = new ArrayList<>();
        for (String value : values) {
            atoms.add(Atom.string(value));
        }
        return atoms;
    }
}
