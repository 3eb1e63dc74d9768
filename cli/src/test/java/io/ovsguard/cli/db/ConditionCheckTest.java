package io.ovsguard.cli.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.cli.exec.SymbolTable;
import io.ovsguard.cli.exec.TestDatabases;
import io.ovsguard.cli.exec.TestSchema;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConditionCheckTest {

    private static final Uuid BR0 = Uuid.parse("aaaa0000-0000-0000-0000-000000000001");
    private final DatabaseSchema schema = TestSchema.vswitch();

    private WorkingRow bridge() {
        return TestDatabases.of(schema)
                .table("Bridge", Map.entry(BR0, Map.of(
                        "name", OvsdbSet.ofStrings("br0"),
                        "flood_vlans", OvsdbSet.of(Atom.integer(1), Atom.integer(2)),
                        "other_config", OvsdbMap.ofStrings(Map.of("k", "v")))))
                .build().row("Bridge", BR0).orElseThrow();
    }

    private boolean holds(String condition) {
        return ConditionCheck.holds(schema.table("Bridge"), bridge(), condition, new SymbolTable());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "name=br0|true", "name!=br0|false", "name<br1|true", "name>br1|false", "name<=br0|true",
        "flood_vlans=1,2|true", "flood_vlans=[2,1]|true", "flood_vlans=1|false", "flood_vlans<[1,2,3]|true",
        "flood_vlans{=}[1,2]|true", "flood_vlans{<}[1,2,3]|true", "flood_vlans{<}[1,2]|false",
        "flood_vlans{>}[1]|true", "flood_vlans{<=}[1,2]|true", "flood_vlans{>=}[2]|true", "flood_vlans{in}[1,2,9]|true",
        "flood_vlans{not-in}[3,4]|true", "flood_vlans{not-in}[2,4]|false",
        "other_config:k=v|true", "other_config:k!=v|false", "other_config:missing=v|false",
        "other_config:missing{=}[]|true", "other_config:k{in}[v,w]|true", "other_config={k=v}|true",
        "fail_mode=[]|true"})
    void relationsCompareAsOvsDoes(String condition, boolean expected) {
        assertThat(holds(condition)).isEqualTo(expected);
    }

    @Test
    void keysNeedAMapColumnAndAnOperator() {
        assertThatThrownBy(() -> holds("name:x=1")).hasMessage("cannot specify key to check for non-map column name");
        assertThatThrownBy(() -> holds("name")).hasMessage("name: argument does not end in \"=\", \"!=\", \"<\", "
                + "\">\", \"<=\", \">=\", \"{=}\", \"{!=}\", \"{<}\", \"{>}\", \"{<=}\", \"{>=}\", \"{in}\", or "
                + "\"{not-in}\" followed by a value.");
    }

    @Test
    void setArgumentsParseTheirColumnKeyAndValue() {
        ColumnArgument arg = ColumnArgument.withValue(schema.table("Bridge"), "other:\"a b\"=c=d");
        assertThat(arg.column().name()).isEqualTo("other_config");
        assertThat(arg.key()).contains("\"a b\"");
        assertThat(arg.value()).contains("c=d");
        assertThatThrownBy(() -> ColumnArgument.withoutValue(schema.table("Bridge"), "name=x"))
                .hasMessage("name=x: trailing garbage \"=x\" in argument");
        assertThatThrownBy(() -> ColumnArgument.withValue(schema.table("Bridge"), ":x=1"))
                .hasMessage(":x=1: missing column name");
    }
}
