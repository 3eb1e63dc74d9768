package io.ovsguard.ovsdb.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SchemaLookupTest {

    private static final TableSchema BRIDGE = new TableSchema("Bridge", Map.of(
            "name", new ColumnSchema("name", ColumnType.scalar(BaseType.of(AtomType.STRING)), false, false),
            "external_ids", ColumnSchema.of("external_ids", ColumnType.map(BaseType.of(AtomType.STRING),
                    BaseType.of(AtomType.STRING), 0, ColumnType.UNLIMITED))),
            OptionalLong.empty(), false, List.of(List.of("name")));
    private static final DatabaseSchema DB = new DatabaseSchema("Test", SchemaVersion.parse("1.2.3"),
            Optional.empty(), Map.of("Bridge", BRIDGE));

    @Test
    void unknownTableAndColumnFailInsteadOfReturningNull() {
        assertThatThrownBy(() -> DB.table("Brige")).isInstanceOf(SchemaException.class)
                .hasMessage("database Test has no table \"Brige\"");
        assertThatThrownBy(() -> BRIDGE.column("nmae")).isInstanceOf(SchemaException.class)
                .hasMessage("table Bridge has no column \"nmae\"");
    }

    @Test
    void tablesAlwaysHaveImplicitUuidAndVersionColumns() {
        assertThat(BRIDGE.column("_uuid").type().key().type()).isEqualTo(AtomType.UUID);
        assertThat(BRIDGE.column("_version").mutable()).isFalse();
        assertThat(BRIDGE.userColumns()).extracting(ColumnSchema::name).containsExactlyInAnyOrder("name",
                "external_ids");
    }

    @Test
    void indexOnUnknownColumnIsRejected() {
        assertThatThrownBy(() -> new TableSchema("T", Map.of(), OptionalLong.empty(), true, List.of(List.of("x"))))
                .isInstanceOf(SchemaException.class).hasMessageContaining("unknown column x");
    }

    @Test
    void referenceToUnknownTableIsRejected() {
        TableSchema port = new TableSchema("Port", Map.of("bridge", ColumnSchema.of("bridge",
                ColumnType.scalar(BaseType.of(AtomType.UUID).withRef("Nowhere", RefType.WEAK)))),
                OptionalLong.empty(), true, List.of());

        assertThatThrownBy(() -> new DatabaseSchema("Test", new SchemaVersion(1, 0, 0), Optional.empty(),
                Map.of("Port", port))).isInstanceOf(SchemaException.class)
                .hasMessage("column Port.bridge refers to unknown table Nowhere");
    }

    @Test
    void withDefaultsFillsOnlyMissingColumns() {
        Row sparse = Row.empty().with("name", OvsdbSet.ofStrings("br0"));

        Row complete = BRIDGE.withDefaults(sparse);

        assertThat(complete.columns()).containsEntry("name", OvsdbSet.ofStrings("br0"))
                .containsEntry("external_ids", OvsdbMap.empty()).hasSize(2);
    }

    @Test
    void versionsCompareNumerically() {
        assertThat(SchemaVersion.parse("8.10.0")).isGreaterThan(SchemaVersion.parse("8.9.5"));
        assertThat(SchemaVersion.parse("8.3.1").isAtLeast(new SchemaVersion(8, 3, 1))).isTrue();
        assertThatThrownBy(() -> SchemaVersion.parse("8.3")).isInstanceOf(SchemaException.class);
    }

    @Test
    void rowKeepsInsertionOrderAndCopiesOnWith() {
        Row row = Row.empty().with("b", OvsdbSet.of(Atom.integer(1))).with("a", OvsdbSet.empty());

        Row changed = row.with("b", OvsdbSet.of(Atom.integer(2)));

        assertThat(row.columnNames()).containsExactly("b", "a");
        assertThat(row.get("b")).contains(OvsdbSet.of(Atom.integer(1)));
        assertThat(changed.get("b")).contains(OvsdbSet.of(Atom.integer(2)));
        assertThat(changed.columnNames()).containsExactly("b", "a");
        assertThatThrownBy(() -> row.with("_uuid", OvsdbSet.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
