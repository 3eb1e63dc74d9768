package io.ovsguard.cli.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.TestDatabases;
import io.ovsguard.cli.exec.TestSchema;
import io.ovsguard.cli.exec.WorkingDatabase;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordFinderTest {

    private static final Uuid ROOT = Uuid.parse("11111111-1111-1111-1111-111111111111");
    private static final Uuid BR0 = Uuid.parse("aaaa0000-0000-0000-0000-000000000001");
    private static final Uuid BR1 = Uuid.parse("aaab0000-0000-0000-0000-000000000002");
    private static final Uuid FLOW = Uuid.parse("cccc0000-0000-0000-0000-000000000003");

    private final DatabaseSchema schema = TestSchema.vswitch();

    private WorkingDatabase db() {
        return TestDatabases.of(schema)
                .table("Open_vSwitch", Map.entry(ROOT, Map.of()))
                .table("Bridge",
                        Map.entry(BR0, Map.of("name", OvsdbSet.ofStrings("br0"),
                                "netflow", OvsdbSet.of(Atom.uuid(FLOW)))),
                        Map.entry(BR1, Map.of("name", OvsdbSet.ofStrings("br1"))))
                .table("NetFlow", Map.entry(FLOW, Map.of()))
                .build();
    }

    private String find(String table, String id) {
        return RecordFinder.find(db(), schema.table(table), id, true).map(WorkingRow::uuid).map(Uuid::toString)
                .orElse("none");
    }

    @Test
    void findsRowsByUuidNameDotAndReferrer() {
        assertThat(find("Bridge", BR1.toString())).isEqualTo(BR1.toString());
        assertThat(find("Bridge", "br0")).isEqualTo(BR0.toString());
        assertThat(find("Open_vSwitch", ".")).isEqualTo(ROOT.toString());
        assertThat(find("NetFlow", "br0")).isEqualTo(FLOW.toString());
    }

    @Test
    void findsRowsByAUniqueUuidPrefixOfAtLeastFourCharacters() {
        assertThat(find("Bridge", "aaab")).isEqualTo(BR1.toString());
        assertThatThrownBy(() -> find("Bridge", "aaa")).hasMessage("no row \"aaa\" in table Bridge");
        assertThatThrownBy(() -> find("Bridge", "aaaa-")).isInstanceOf(CommandFailedException.class);
    }

    @Test
    void ambiguousPrefixesNameBothRows() {
        WorkingDatabase db = db();
        assertThatThrownBy(() -> RecordFinder.find(db, schema.table("Bridge"), "aaa", true))
                .hasMessage("no row \"aaa\" in table Bridge");
        Uuid other = Uuid.parse("aaab0000-0000-0000-0000-0000000000ff");
        WorkingDatabase two = TestDatabases.of(schema)
                .table("Bridge", Map.entry(BR1, Map.of()), Map.entry(other, Map.of())).build();
        assertThatThrownBy(() -> RecordFinder.find(two, schema.table("Bridge"), "aaab", true))
                .hasMessageStartingWith("Bridge contains 2 or more rows whose UUIDs begin with aaab: at least ");
    }

    @Test
    void missingRowsAreAnErrorOnlyWhenTheyMustExist() {
        assertThat(RecordFinder.find(db(), schema.table("Bridge"), "nosuch", false)).isEmpty();
        assertThatThrownBy(() -> find("Bridge", "nosuch")).hasMessage("no row \"nosuch\" in table Bridge");
        assertThatThrownBy(() -> find("NetFlow", "br1")).hasMessage("no row \"br1\" in table NetFlow");
    }

    @Test
    void twoRowsWithTheSameNameAreAmbiguous() {
        WorkingDatabase db = TestDatabases.of(schema)
                .table("Bridge", Map.entry(BR0, Map.of("name", OvsdbSet.ofStrings("x"))),
                        Map.entry(BR1, Map.of("name", OvsdbSet.ofStrings("x"))))
                .build();
        assertThatThrownBy(() -> RecordFinder.find(db, schema.table("Bridge"), "x", true))
                .hasMessage("multiple rows in Bridge match \"x\"");
    }
}
