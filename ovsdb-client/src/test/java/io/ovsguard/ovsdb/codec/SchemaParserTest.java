package io.ovsguard.ovsdb.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.RefType;
import io.ovsguard.ovsdb.schema.SchemaVersion;
import io.ovsguard.ovsdb.schema.TableSchema;
import io.ovsguard.ovsdb.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaParserTest {

    private static final DatabaseSchema VSWITCH = Fixtures.vswitchSchema();

    @Test
    void readsHeaderOfTheRealVswitchSchema() {
        assertThat(VSWITCH.name()).isEqualTo("Open_vSwitch");
        assertThat(VSWITCH.version()).isEqualTo(new SchemaVersion(8, 3, 1));
        assertThat(VSWITCH.cksum()).contains("3012963480 26720");
        assertThat(VSWITCH.tables()).containsKeys("Open_vSwitch", "Bridge", "Port", "Interface", "Mirror", "Queue",
                "Flow_Sample_Collector_Set");
    }

    @Test
    void mtuRequestIsAnOptionalIntegerOfAtLeastOne() {
        ColumnType mtu = VSWITCH.table("Interface").column("mtu_request").type();

        assertThat(mtu.isOptional()).isTrue();
        assertThat(mtu.key().type()).isEqualTo(AtomType.INTEGER);
        assertThat(mtu.key().minInteger()).isEqualTo(1);
        // OVS 3.1's schema gives no upper bound
        assertThat(mtu.key().maxInteger()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void bridgePortsIsAnUnlimitedSetOfStrongReferencesToPort() {
        ColumnType ports = VSWITCH.table("Bridge").column("ports").type();

        assertThat(ports.min()).isZero();
        assertThat(ports.isUnlimited()).isTrue();
        assertThat(ports.key().refTable()).contains("Port");
        assertThat(ports.key().refType()).isEqualTo(RefType.STRONG);
        assertThat(ports.key().isStrongReference()).isTrue();
    }

    @Test
    void mirrorSelectSrcPortHoldsWeakReferences() {
        BaseType key = VSWITCH.table("Mirror").column("select_src_port").type().key();

        assertThat(key.refTable()).contains("Port");
        assertThat(key.isWeakReference()).isTrue();
    }

    @Test
    void readsRootsMaxRowsAndIndexes() {
        TableSchema root = VSWITCH.table("Open_vSwitch");
        assertThat(root.isRoot()).isTrue();
        assertThat(root.maxRows()).hasValue(1);
        assertThat(VSWITCH.table("Bridge").isRoot()).isFalse();
        assertThat(VSWITCH.table("Bridge").indexes()).containsExactly(List.of("name"));
        assertThat(VSWITCH.table("Flow_Sample_Collector_Set").indexes()).containsExactly(List.of("id", "bridge"));
    }

    @Test
    void readsEnumsMutabilityAndEphemeralColumns() {
        BaseType failMode = VSWITCH.table("Bridge").column("fail_mode").type().key();
        assertThat(failMode.enumeration()).contains(OvsdbSet.ofStrings("secure", "standalone"));
        assertThat(VSWITCH.table("Bridge").column("name").mutable()).isFalse();
        assertThat(VSWITCH.table("Bridge").column("datapath_type").mutable()).isTrue();
        assertThat(VSWITCH.table("Open_vSwitch").column("statistics").ephemeral()).isTrue();
        assertThat(VSWITCH.table("Open_vSwitch").column("other_config").type().isMap()).isTrue();
    }

    @Test
    void everyTableHasTheImplicitColumns() {
        assertThat(VSWITCH.tables().values()).allSatisfy(table -> {
            assertThat(table.hasColumn("_uuid")).isTrue();
            assertThat(table.hasColumn("_version")).isTrue();
        });
    }

    @Test
    void parsesTheServerSchemaFromOvsdbClientGetSchema() {
        DatabaseSchema server = Fixtures.serverSchema();

        assertThat(server.name()).isEqualTo("_Server");
        ColumnType model = server.table("Database").column("model").type();
        assertThat(model.key().enumeration()).contains(OvsdbSet.ofStrings("clustered", "relay", "standalone"));
        assertThat(server.table("Database").column("cid").type().isOptional()).isTrue();
        assertThat(server.table("Database").isRoot()).as("no table is root, so all are").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        """
        {"name":"D","version":"1.0.0","tables":{"T":{"columns":{"c":{"type":"float"}}}}}""",
        """
        {"name":"D","version":"1.0","tables":{}}""",
        """
        {"name":"D","version":"1.0.0","tables":{"T":{"columns":{"c":{"type":{"key":"string","min":2}}}}}}""",
        """
        {"name":"D","version":"1.0.0","tables":{"T":{"columns":{"c":{"type":{"key":{"type":"uuid","refTable":"X"}}}}}}}""",
        """
        {"name":"D","version":"1.0.0","tables":{"T":{"columns":{"c":{"type":{"key":{"type":"uuid","refTable":"T","refType":"soft"}}}}}}}""",
        """
        {"name":"D","version":"1.0.0","tables":{"T":{"columns":{"c":{"type":{"key":{"type":"integer","enum":["set",["a"]]}}}}}}}""",
        """
        {"name":"D","version":"1.0.0","tables":{"T":{"columns":{"c":{"type":"integer","mutable":"no"}}}}}""",
        """
        {"name":"D","version":"1.0.0"}"""
    })
    void rejectsMalformedSchemasWithSchemaException(String text) {
        assertThatThrownBy(() -> SchemaParser.parse(text)).isInstanceOf(SchemaException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void errorNamesTableAndColumn() {
        String text = """
                {"name":"D","version":"1.0.0","tables":{"T":{"columns":{"c":{"type":"float"}}}}}""";

        assertThatThrownBy(() -> SchemaParser.parse(text))
                .hasMessage("table T column c: unknown atomic type \"float\"");
    }

    @Test
    void serverSchemaBuildsEachTableWhenFirstUsedAndReportsABadOneThen() {
        String text = """
                {"name":"D","version":"1.0.0","tables":{
                  "Good":{"columns":{"peer":{"type":{"key":{"type":"uuid","refTable":"Other"}}}},"isRoot":true},
                  "Bad":{"columns":{"c":{"type":"float"}}},
                  "Other":{"columns":{"n":{"type":"integer"}}}}}""";

        DatabaseSchema schema = SchemaParser.parse(new GsonPayload(StrictJson.parse(text)));

        assertThat(schema.tables().keySet()).containsExactly("Good", "Bad", "Other");
        assertThat(schema.hasTable("Bad")).isTrue();
        assertThat(schema.table("Good").column("peer").type().key().refTable()).contains("Other");
        assertThat(schema.table("Other").isRoot()).isFalse();
        assertThatThrownBy(() -> schema.table("Bad")).isInstanceOf(SchemaException.class)
                .hasMessage("table Bad column c: unknown atomic type \"float\"");
        assertThatThrownBy(() -> schema.table("Bad")).as("asked again").isInstanceOf(SchemaException.class);
        assertThatThrownBy(() -> SchemaParser.parse(text)).as("a schema file is checked whole")
                .isInstanceOf(SchemaException.class);
    }

    @Test
    void serverSchemaBuiltOnDemandEqualsTheSameSchemaBuiltWhole() {
        String text = Fixtures.resource("/schema/vswitch.ovsschema");

        DatabaseSchema onDemand = SchemaParser.parse(new GsonPayload(StrictJson.parse(text)));

        assertThat(onDemand.table("Bridge")).isEqualTo(VSWITCH.table("Bridge"));
        assertThat(onDemand).isEqualTo(VSWITCH);
        assertThat(onDemand.tables().keySet()).containsExactlyElementsOf(VSWITCH.tables().keySet());
    }

    @Test
    void onDemandTableReferringToAnUnknownTableFailsWhenUsed() {
        String text = """
                {"name":"D","version":"1.0.0","tables":{
                  "T":{"columns":{"r":{"type":{"key":{"type":"uuid","refTable":"Nowhere"}}}}}}}""";

        DatabaseSchema schema = SchemaParser.parse(new GsonPayload(StrictJson.parse(text)));

        assertThatThrownBy(() -> schema.table("T")).isInstanceOf(SchemaException.class)
                .hasMessage("column T.r refers to unknown table Nowhere");
    }

    @Test
    void onDemandSchemaWithoutAnyRootMakesEveryTableARoot() {
        String text = """
                {"name":"D","version":"1.0.0","tables":{"A":{"columns":{}},"B":{"columns":{}}}}""";

        DatabaseSchema schema = SchemaParser.parse(new GsonPayload(StrictJson.parse(text)));

        assertThat(schema.table("A").isRoot()).isTrue();
        assertThat(schema.table("B").isRoot()).isTrue();
    }
}
