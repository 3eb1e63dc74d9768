package io.ovsguard.ovsdb.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnArrayTest {

    @Test
    void setReplacesAColumnInPlaceAndAppendsANewOneLikeALinkedHashMap() {
        Row row = Row.of(Map.of("a", OvsdbSet.ofStrings("1")));
        row = row.with("b", OvsdbSet.ofStrings("2")).with("c", OvsdbSet.ofStrings("3"));
        ColumnArray columns = ColumnArray.of(row, 1);
        Map<String, io.ovsguard.ovsdb.notation.Datum> expected = new LinkedHashMap<>(row.columns());

        columns.set("b", OvsdbSet.ofStrings("changed"));
        columns.set("d", OvsdbSet.ofStrings("4"));
        expected.put("b", OvsdbSet.ofStrings("changed"));
        expected.put("d", OvsdbSet.ofStrings("4"));

        assertThat(columns).isEqualTo(expected);
        assertThat(List.copyOf(columns.keySet())).containsExactly("a", "b", "c", "d");
        assertThat(new Row(columns, row.uuid(), row.version())).isEqualTo(new Row(expected, row.uuid(),
                row.version()));
        assertThat(columns.get("c")).isEqualTo(OvsdbSet.ofStrings("3"));
        assertThat(columns.get("z")).isNull();
    }
}
