package io.ovsguard.ovsdb.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RowTest {

    private static Map<String, Datum> columns(int count) {
        Map<String, Datum> columns = new LinkedHashMap<>();
        for (int i = count; i > 0; i--) {
            columns.put("c" + i, OvsdbSet.ofStrings("v" + i));
        }
        return columns;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 8, 9, 40})
    void keepsTheColumnsInTheirOrderAndFindsEachByName(int count) {
        Map<String, Datum> given = columns(count);

        Row row = Row.of(given);

        assertThat(row.columnNames()).containsExactlyElementsOf(given.keySet());
        assertThat(List.copyOf(row.columns().values())).containsExactlyElementsOf(given.values());
        given.forEach((name, datum) -> assertThat(row.get(name)).contains(datum));
        assertThat(row.has("missing")).isFalse();
        assertThat(row.columns().get("missing")).isNull();
        assertThat(row.columns()).isEqualTo(given).hasSameHashCodeAs(given);
    }

    @Test
    void equalsARowBuiltFromAnotherMapWithTheSameColumns() {
        Map<String, Datum> hashed = new HashMap<>(columns(12));

        assertThat(Row.of(hashed)).isEqualTo(Row.of(columns(12))).hasSameHashCodeAs(Row.of(columns(12)));
    }

    @Test
    void cannotBeChangedThroughItsColumns() {
        Row row = Row.of(columns(2));

        assertThatThrownBy(() -> row.columns().put("c9", OvsdbSet.empty()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> row.columns().remove("c1")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> row.columns().entrySet().iterator().next().setValue(OvsdbSet.empty()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void doesNotFollowLaterChangesToTheGivenMap() {
        Map<String, Datum> given = columns(2);
        Row row = Row.of(given);

        given.put("c7", OvsdbSet.empty());

        assertThat(row.has("c7")).isFalse();
    }

    @Test
    void rejectsImplicitColumnsAndNullDatums() {
        Map<String, Datum> withNull = new HashMap<>();
        withNull.put("a", null);

        assertThatThrownBy(() -> Row.of(Map.of("_uuid", OvsdbSet.empty()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Row.of(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("datum of column a");
    }

    @Test
    void withAndWithoutKeepTheOtherColumnsInPlace() {
        Row row = Row.of(columns(3));

        assertThat(row.with("c2", OvsdbSet.empty()).columnNames()).containsExactly("c3", "c2", "c1");
        assertThat(row.with("d", OvsdbSet.empty()).columnNames()).containsExactly("c3", "c2", "c1", "d");
        assertThat(row.without("c2").columnNames()).containsExactly("c3", "c1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "_", "row1", "Z_9", "_0"})
    void acceptsUuidNamesThatAreIds(String name) {
        assertThat(NamedUuid.of(name).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1row", "a-b", "a b", "é", "row!", "9"})
    void rejectsUuidNamesThatAreNotIds(String name) {
        assertThatThrownBy(() -> NamedUuid.of(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid uuid-name");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 40})
    void withChangesReplacesColumnsInPlaceAndAppendsNewOnes(int count) {
        Row row = Row.of(columns(count)).withUuid(Uuid.random());
        Uuid version = Uuid.random();

        Row replaced = row.withChanges(Map.of("c2", OvsdbSet.ofStrings("new")), java.util.Optional.of(version));
        Row appended = row.withChanges(Map.of("c2", OvsdbSet.ofStrings("new"), "extra", OvsdbSet.ofStrings("x")),
                row.version());

        Map<String, Datum> expected = columns(count);
        expected.put("c2", OvsdbSet.ofStrings("new"));
        assertThat(replaced.columns()).isEqualTo(expected);
        assertThat(replaced.columnNames()).containsExactlyElementsOf(expected.keySet());
        assertThat(replaced.uuid()).isEqualTo(row.uuid());
        assertThat(replaced.version()).contains(version);
        expected.put("extra", OvsdbSet.ofStrings("x"));
        assertThat(appended.columnNames()).containsExactlyElementsOf(expected.keySet());
        assertThat(appended.get("extra")).contains(OvsdbSet.ofStrings("x"));
        assertThat(row.get("c2")).as("the original is unchanged").contains(OvsdbSet.ofStrings("v2"));
    }

    @Test
    void withChangesRefusesAnImplicitColumnAndANullDatum() {
        Row row = Row.of(columns(3));
        Map<String, Datum> nullDatum = new HashMap<>();
        nullDatum.put("c1", null);

        assertThatThrownBy(() -> row.withChanges(Map.of(Row.UUID_COLUMN, OvsdbSet.ofStrings("x")), row.version()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> row.withChanges(nullDatum, row.version())).isInstanceOf(NullPointerException.class);
    }
}
