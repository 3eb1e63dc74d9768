package io.ovsguard.cli.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.TestSchema;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import org.junit.jupiter.api.Test;

class SchemaNamesTest {

    private final DatabaseSchema schema = TestSchema.vswitch();

    @Test
    void tablesMatchExactlyCaseInsensitivelyOrByUniquePrefix() {
        assertThat(SchemaNames.table(schema, "Bridge").name()).isEqualTo("Bridge");
        assertThat(SchemaNames.table(schema, "bridge").name()).isEqualTo("Bridge");
        assertThat(SchemaNames.table(schema, "Br").name()).isEqualTo("Bridge");
        assertThat(SchemaNames.table(schema, "flow-table").name()).isEqualTo("Flow_Table");
        assertThat(SchemaNames.table(schema, "o").name()).isEqualTo("Open_vSwitch");
    }

    @Test
    void unknownAndAmbiguousTablesAreReportedLikeOvsVsctl() {
        assertThatThrownBy(() -> SchemaNames.table(schema, "Brx")).isInstanceOf(CommandFailedException.class)
                .hasMessage("unknown table \"Brx\"");
        assertThatThrownBy(() -> SchemaNames.table(schema, "")).hasMessage("unknown table \"\"");
    }

    @Test
    void columnsFollowTheSameRulesWithTheirOwnMessages() {
        var bridge = schema.table("Bridge");
        assertThat(SchemaNames.column(bridge, "fail").name()).isEqualTo("fail_mode");
        assertThat(SchemaNames.column(bridge, "FAIL-MODE").name()).isEqualTo("fail_mode");
        assertThatThrownBy(() -> SchemaNames.column(bridge, "bogus"))
                .hasMessage("Bridge does not contain a column whose name matches \"bogus\"");
        assertThatThrownBy(() -> SchemaNames.column(bridge, "f"))
                .hasMessage("Bridge contains more than one column whose name matches \"f\": fail_mode, flood_vlans");
    }

    @Test
    void implicitColumnsAreNotColumnsForCommands() {
        assertThatThrownBy(() -> SchemaNames.column(schema.table("Bridge"), "_uuid"))
                .isInstanceOf(CommandFailedException.class);
    }
}
