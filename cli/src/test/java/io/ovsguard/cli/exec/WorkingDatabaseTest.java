package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingDatabaseTest {

    private static final Uuid BRIDGE = Uuid.parse("22222222-2222-2222-2222-222222222222");

    private WorkingDatabase db() {
        return TestDatabases.of(TestSchema.vswitch())
                .table("Bridge", Map.entry(BRIDGE, Map.of("name", OvsdbSet.ofStrings("br0"))))
                .build();
    }

    @Test
    void twoFetchesOfTheSameRowsAreTheSameEvenAfterCommandsWroteToOne() {
        WorkingDatabase first = db();
        first.row("Bridge", BRIDGE).orElseThrow().write("name", OvsdbSet.ofStrings("br9"));

        assertThat(first.fetchedSameAs(db())).isTrue();
    }

    @Test
    void fetchesWithOtherValuesOrRowsDiffer() {
        WorkingDatabase renamed = TestDatabases.of(TestSchema.vswitch())
                .table("Bridge", Map.entry(BRIDGE, Map.of("name", OvsdbSet.ofStrings("br1")))).build();
        WorkingDatabase empty = TestDatabases.of(TestSchema.vswitch()).table("Bridge").build();

        assertThat(db().fetchedSameAs(renamed)).isFalse();
        assertThat(db().fetchedSameAs(empty)).isFalse();
    }

    @Test
    void laterReadsSeeEarlierWrites() {
        WorkingDatabase db = db();
        WorkingRow row = db.row("Bridge", BRIDGE).orElseThrow();
        row.write("name", OvsdbSet.ofStrings("br9"));
        assertThat(db.row("Bridge", BRIDGE).orElseThrow().read("name")).isEqualTo(OvsdbSet.ofStrings("br9"));
        assertThat(row.original("name")).contains(OvsdbSet.ofStrings("br0"));
    }

    @Test
    void insertedRowsReadDefaultsAndAppearInTheTable() {
        WorkingDatabase db = db();
        WorkingRow row = db.insert("Bridge");
        assertThat(row.read("name")).isEqualTo(OvsdbSet.ofStrings(""));
        assertThat(db.rows("Bridge")).hasSize(2).contains(row);
    }

    @Test
    void deletedRowsDisappear() {
        WorkingDatabase db = db();
        db.row("Bridge", BRIDGE).orElseThrow().delete();
        assertThat(db.row("Bridge", BRIDGE)).isEmpty();
        assertThat(db.rows("Bridge")).isEmpty();
    }

    @Test
    void readingATableThatWasNotDeclaredIsABug() {
        assertThatThrownBy(() -> db().rows("Port")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prerequisite");
    }

    private static String names(WorkingDatabase db) {
        return db.rows("Bridge").stream().map(r -> r.read("name").toString()).sorted()
                .reduce("", String::concat);
    }

    @Test
    void aDerivedViewIsReusedWhileNothingChanges() {
        WorkingDatabase db = db();
        String first = db.derived("names", String.class, WorkingDatabaseTest::names);
        db.row("Bridge", BRIDGE).orElseThrow().verify("name");

        assertThat(db.derived("names", String.class, d -> "computed again")).isSameAs(first);
    }

    @Test
    void aDerivedViewIsComputedAgainAfterAWriteAnInsertOrADelete() {
        WorkingDatabase db = db();
        db.derived("names", String.class, WorkingDatabaseTest::names);
        db.row("Bridge", BRIDGE).orElseThrow().write("name", OvsdbSet.ofStrings("br9"));
        assertThat(db.derived("names", String.class, WorkingDatabaseTest::names)).contains("br9");

        db.insert("Bridge").write("name", OvsdbSet.ofStrings("br1"));
        assertThat(db.derived("names", String.class, WorkingDatabaseTest::names)).contains("br1");

        db.row("Bridge", BRIDGE).orElseThrow().delete();
        assertThat(db.derived("names", String.class, WorkingDatabaseTest::names)).doesNotContain("br9");
    }
}
