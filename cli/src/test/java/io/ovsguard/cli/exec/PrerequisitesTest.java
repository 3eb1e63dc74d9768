package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.op.Condition;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrerequisitesTest {

    private static final List<Condition> BR0 = List.of(Condition.equal("name", Atom.string("br0")));

    @Test
    void columnsAloneFetchEveryRow() {
        Prerequisites p = new Prerequisites();
        p.columns("Bridge", List.of("name"));
        assertThat(p.restrictionsOf("Bridge")).isEmpty();
        assertThat(p.columnsOf("Bridge")).containsExactly("name");
    }

    @Test
    void restrictionsLimitTheRowsUnlessSomeCommandWantsTheWholeTable() {
        Prerequisites p = new Prerequisites();
        p.columns("Bridge", List.of("name"));
        p.restrict("Bridge", BR0);
        assertThat(p.restrictionsOf("Bridge")).containsExactly(BR0);
        p.table("Bridge");
        assertThat(p.restrictionsOf("Bridge")).isEmpty();
    }
}
