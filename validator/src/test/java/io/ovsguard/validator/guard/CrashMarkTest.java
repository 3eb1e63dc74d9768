package io.ovsguard.validator.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.validator.switchconf.ConfigChange;
import io.ovsguard.validator.switchconf.ProposedChange;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrashMarkTest {

    private static Row marked(Map<String, String> ids) {
        return GuardFixtures.row(GuardFixtures.IFACE_P0, Map.of("external_ids", OvsdbMap.ofStrings(ids)));
    }

    @Test
    void markSurvivesTheTripThroughExternalIds() {
        CrashMark mark = new CrashMark("g7", false, Map.of("mtu_request", new CrashMark.ColumnUndo(OvsdbSet.empty(),
                Optional.of(OvsdbSet.of(Atom.integer(9000))))));

        assertThat(CrashMark.of(marked(mark.entries()), GuardFixtures.schema().table("Interface"))).contains(mark);
        assertThat(CrashMark.guardIdOf(marked(mark.entries()))).contains("g7");
    }

    @Test
    void unreadableUndoNamesTheRow() {
        Row row = marked(Map.of(CrashMark.GUARD_KEY, "g8", CrashMark.UNDO_KEY, "{not json"));

        assertThatThrownBy(() -> CrashMark.of(row, GuardFixtures.schema().table("Interface")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Interface")
                .hasMessageContaining("cannot be read");
    }

    @Test
    void removingMarksKeepsEveryOtherKey() {
        OvsdbMap ids = OvsdbMap.ofStrings(Map.of(CrashMark.GUARD_KEY, "g9", CrashMark.UNDO_KEY, "{}", "owner", "ops"));

        assertThat(CrashMark.withoutMarks(ids)).isEqualTo(OvsdbMap.ofStrings(Map.of("owner", "ops")));
    }

    @Test
    void onlyKeysDpdkReadsAtStartAreRestartOnly() {
        ProposedChange change = ProposedChange.of(new ConfigChange.SetOtherConfig(Map.of("dpdk-socket-mem", "256",
                "pmd-cpu-mask", "0x6"), Set.of("dpdk-extra")));

        assertThat(RestartOnlyKeys.in(change)).containsExactly("dpdk-extra", "dpdk-socket-mem");
    }
}
