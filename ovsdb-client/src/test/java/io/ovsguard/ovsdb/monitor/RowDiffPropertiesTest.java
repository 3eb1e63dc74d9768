package io.ovsguard.ovsdb.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.ovsguard.ovsdb.codec.NotationCodec;
import io.ovsguard.ovsdb.codec.UpdateParser;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.SchemaVersion;
import io.ovsguard.ovsdb.schema.TableSchema;
import io.ovsguard.ovsdb.testing.OvsdbArbitraries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;

class RowDiffPropertiesTest {

    /** One column of every shape the diff rules distinguish. */
    private static final TableSchema TABLE = new TableSchema("T", columns(
            ColumnType.scalar(BaseType.of(AtomType.INTEGER)),
            ColumnType.optional(BaseType.of(AtomType.STRING)),
            ColumnType.set(BaseType.of(AtomType.INTEGER), 0, 3),
            ColumnType.set(BaseType.of(AtomType.UUID), 0, ColumnType.UNLIMITED),
            ColumnType.set(BaseType.of(AtomType.BOOLEAN), 1, 2),
            ColumnType.map(BaseType.of(AtomType.STRING), BaseType.of(AtomType.STRING), 0, ColumnType.UNLIMITED),
            ColumnType.map(BaseType.of(AtomType.INTEGER), BaseType.of(AtomType.REAL), 1, 4),
            ColumnType.scalar(BaseType.of(AtomType.REAL))), OptionalLong.empty(), true, List.of());
    private static final DatabaseSchema DB = new DatabaseSchema("D", new SchemaVersion(1, 0, 0), Optional.empty(),
            Map.of("T", TABLE));

    private static Map<String, ColumnSchema> columns(ColumnType... types) {
        Map<String, ColumnSchema> columns = new LinkedHashMap<>();
        for (int i = 0; i < types.length; i++) {
            columns.put("c" + i, ColumnSchema.of("c" + i, types[i]));
        }
        return columns;
    }

    @Provide
    Arbitrary<Tuple2<Row, Row>> rowPairs() {
        List<Arbitrary<Datum>> perColumn = new ArrayList<>();
        for (ColumnSchema column : TABLE.userColumns()) {
            perColumn.add(OvsdbArbitraries.datums(column.type()));
        }
        Arbitrary<Row> rows = Combinators.combine(perColumn).as(datums -> {
            Row row = Row.empty();
            for (int i = 0; i < datums.size(); i++) {
                row = row.with("c" + i, datums.get(i));
            }
            return row;
        });
        return Combinators.combine(rows, rows).as(Tuple::of);
    }

    @Property(tries = 1000)
    void applyingTheDiffToTheOldRowGivesTheNewRow(@ForAll("rowPairs") Tuple2<Row, Row> rows) {
        RowDiff diff = RowDiff.between(rows.get1(), rows.get2(), TABLE);

        assertThat(diff.apply(rows.get1(), TABLE)).isEqualTo(rows.get2());
    }

    @Property(tries = 1000)
    void theDiffSurvivesTheUpdate2WireForm(@ForAll("rowPairs") Tuple2<Row, Row> rows) {
        Uuid uuid = Uuid.ZERO;
        RowDiff diff = RowDiff.between(rows.get1(), rows.get2(), TABLE);
        JsonObject modify = new JsonObject();
        diff.columns().forEach((column, datum) -> modify.add(column, NotationCodec.encode(datum)));
        JsonObject update = new JsonObject();
        update.add("modify", modify);
        JsonObject tableRows = new JsonObject();
        tableRows.add(uuid.toString(), update);
        JsonObject tables = new JsonObject();
        tables.add("T", tableRows);

        TableUpdates parsed = UpdateParser.parseTableUpdates(tables, MonitorMethod.MONITOR_COND, false, DB);
        RowUpdate.Modified modified = (RowUpdate.Modified) parsed.rows("T").get(uuid);

        assertThat(modified.applyTo(rows.get1(), TABLE)).isEqualTo(rows.get2());
    }

    @Property(tries = 300)
    void diffOfARowWithItselfIsEmpty(@ForAll("rowPairs") Tuple2<Row, Row> rows) {
        assertThat(RowDiff.between(rows.get1(), rows.get1(), TABLE).isEmpty()).isTrue();
    }

    @Test
    void mapDiffInsertsReplacesAndDeletesByValue() {
        ColumnType type = TABLE.column("c5").type();
        Datum old = OvsdbMap.ofStrings(Map.of("keep", "1", "change", "2", "drop", "3"));
        Datum diff = OvsdbMap.ofStrings(Map.of("change", "9", "drop", "3", "add", "4"));

        assertThat(DatumDiff.apply(old, diff, type))
                .isEqualTo(OvsdbMap.ofStrings(Map.of("keep", "1", "change", "9", "add", "4")));
    }

    @Test
    void setDiffIsTheSymmetricDifferenceAndScalarsAreReplaced() {
        ColumnType set = TABLE.column("c2").type();
        assertThat(DatumDiff.apply(OvsdbSet.of(Atom.integer(1), Atom.integer(2)), OvsdbSet.of(Atom.integer(1),
                Atom.integer(3)), set)).isEqualTo(OvsdbSet.of(Atom.integer(2), Atom.integer(3)));

        ColumnType optional = TABLE.column("c1").type();
        assertThat(DatumDiff.between(OvsdbSet.ofStrings("a"), OvsdbSet.ofStrings("b"), optional))
                .as("a column of at most one element sends its new value").isEqualTo(OvsdbSet.ofStrings("b"));
        assertThat(DatumDiff.apply(OvsdbSet.ofStrings("a"), OvsdbSet.empty(), optional)).isEqualTo(OvsdbSet.empty());
    }

    @Test
    void missingColumnCountsAsItsDefault() {
        Row sparse = Row.empty();
        Row withValue = Row.empty().with("c0", OvsdbSet.of(Atom.integer(5)));

        RowDiff diff = RowDiff.between(sparse, withValue, TABLE);

        assertThat(diff.columns()).containsOnlyKeys("c0");
        assertThat(diff.apply(sparse, TABLE)).isEqualTo(withValue);
    }
}
