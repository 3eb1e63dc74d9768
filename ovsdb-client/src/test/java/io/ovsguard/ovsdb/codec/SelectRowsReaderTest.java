package io.ovsguard.ovsdb.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.GsonBuilder;
import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.NamedUuidAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.result.OperationResult;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.SchemaVersion;
import io.ovsguard.ovsdb.schema.TableSchema;
import io.ovsguard.ovsdb.testing.Fixtures;
import io.ovsguard.ovsdb.testing.OvsdbArbitraries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Select results read straight from the reply text give exactly the rows and errors of the tree path. */
class SelectRowsReaderTest {

    private static final DatabaseSchema VSWITCH = Fixtures.vswitchSchema();
    private static final String UUID_1 = "00000000-0000-0000-0000-000000000001";
    private static final String UUID_2 = "00000000-0000-0000-0000-000000000002";

    /** A table {@code T} with columns {@code c0}, {@code c1}... of the given types, in a schema of its own. */
    private static DatabaseSchema schemaOf(List<ColumnType> types) {
        Map<String, ColumnSchema> columns = new LinkedHashMap<>();
        for (int i = 0; i < types.size(); i++) {
            columns.put("c" + i, new ColumnSchema("c" + i, types.get(i), false, true));
        }
        TableSchema table = new TableSchema("T", columns, OptionalLong.empty(), true, List.of());
        return new DatabaseSchema("D", new SchemaVersion(1, 0, 0), Optional.empty(), Map.of("T", table));
    }

    private static Transaction selectOf(String table) {
        return new Transaction("D", List.of(new Operation.Select(table, List.of(), Optional.empty())));
    }

    /** The parse's result, or the failure's class and message: what both paths must agree on. */
    private static Object outcome(Supplier<TransactResult> parse) {
        try {
            return parse.get();
        } catch (OvsdbException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** The transact result {@code [element]} parsed as text, the way a reply's result is read. */
    private static TransactResult fromText(String element, String table, DatabaseSchema schema) {
        String result = "[" + element + "]";
        return ResultParser.parse(new TextPayload(result, 0, result.length()), selectOf(table), schema);
    }

    /** The same parsed from a Gson tree, the path that was there before. */
    private static TransactResult fromTree(String element, String table, DatabaseSchema schema) {
        return ResultParser.parse(new GsonPayload(StrictJson.parse("[" + element + "]")), selectOf(table), schema);
    }

    /** A select result written as a server writes it (compact, a one-element set as its atom), or spaced out. */
    private static String selectResult(List<Row> rows, boolean spaced) {
        JsonTextWriter out = new JsonTextWriter();
        out.beginObject().name("rows").beginArray();
        for (Row row : rows) {
            out.beginObject();
            row.uuid().ifPresent(uuid -> out.name(Row.UUID_COLUMN).beginArray().value("uuid")
                    .value(uuid.toString()).endArray());
            row.columns().forEach((column, datum) -> NotationCodec.write(out.name(column), datum));
            out.endObject();
        }
        String text = out.endArray().endObject().toString();
        return spaced ? new GsonBuilder().setPrettyPrinting().create().toJson(StrictJson.parse(text)) : text;
    }

    private static boolean hasNamedUuid(Datum datum) {
        List<Atom> atoms = new ArrayList<>();
        if (datum instanceof OvsdbMap map) {
            map.entries().forEach(e -> {
                atoms.add(e.key());
                atoms.add(e.value());
            });
        } else {
            atoms.addAll(((OvsdbSet) datum).atoms());
        }
        return atoms.stream().anyMatch(NamedUuidAtom.class::isInstance);
    }

    /** A schema of random column types and rows that fit it, as a server sends them (no named-uuids). */
    @Provide
    Arbitrary<Tuple2<DatabaseSchema, List<Row>>> tablesAndRows() {
        return OvsdbArbitraries.columnTypes().list().ofMinSize(1).ofMaxSize(5).flatMap(types -> {
            List<Arbitrary<Datum>> columns = new ArrayList<>();
            types.forEach(type -> columns.add(OvsdbArbitraries.datums(type).filter(d -> !hasNamedUuid(d))));
            Arbitrary<Row> row = Combinators.combine(columns).as(datums -> {
                Map<String, Datum> values = new LinkedHashMap<>();
                for (int i = 0; i < datums.size(); i++) {
                    values.put("c" + i, datums.get(i));
                }
                return values;
            }).flatMap(values -> OvsdbArbitraries.uuids().map(uuid -> Row.of(values).withUuid(uuid)));
            return row.list().ofMaxSize(4).map(rows -> Tuple.of(schemaOf(types), rows));
        });
    }

    @Property(tries = 1000)
    void readsEveryRowAServerWritesAsTheTreePathReadsIt(
            @ForAll("tablesAndRows") Tuple2<DatabaseSchema, List<Row>> table, @ForAll boolean spaced) {
        String element = selectResult(table.get2(), spaced);

        Optional<SelectRowsReader.Read> read = SelectRowsReader.read(element, 0, element.length(), table.get1(), "T");

        assertThat(read).isPresent();
        assertThat(read.get().rows()).isEqualTo(table.get2());
        assertThat(read.get().end()).isEqualTo(element.length());
        assertThat(fromText(element, "T", table.get1())).isEqualTo(fromTree(element, "T", table.get1()));
    }

    /** Rows of the vswitch tables with random values: some break the columns' constraints (enums, ranges). */
    @Provide
    Arbitrary<Tuple2<String, String>> vswitchRows() {
        return Arbitraries.of("Interface", "Port", "Bridge").flatMap(name -> {
            List<ColumnSchema> columns = new ArrayList<>(VSWITCH.table(name).userColumns());
            Arbitrary<Tuple2<String, Datum>> cell = Arbitraries.of(columns).flatMap(c ->
                    OvsdbArbitraries.datums(c.type()).map(d -> Tuple.of(c.name(), d)));
            Arbitrary<Row> row = cell.list().ofMaxSize(4).map(cells -> {
                Map<String, Datum> values = new LinkedHashMap<>();
                cells.forEach(c -> values.put(c.get1(), c.get2()));
                return Row.of(values).withUuid(Uuid.parse(UUID_1));
            });
            return row.list().ofMaxSize(3).map(rows -> Tuple.of(name, selectResult(rows, false)));
        });
    }

    @Property(tries = 1000)
    void readsOrRefusesVswitchRowsExactlyAsTheTreePath(@ForAll("vswitchRows") Tuple2<String, String> rows) {
        Object text = outcome(() -> fromText(rows.get2(), rows.get1(), VSWITCH));
        Object tree = outcome(() -> fromTree(rows.get2(), rows.get1(), VSWITCH));

        Statistics.collect(tree instanceof String ? "refused" : "read");
        assertThat(text).isEqualTo(tree);
    }

    /** A value of one type in a column of another: both paths must refuse it, or read it, alike. */
    @Provide
    Arbitrary<Tuple2<DatabaseSchema, String>> mismatchedValues() {
        return Combinators.combine(OvsdbArbitraries.columnTypes(), OvsdbArbitraries.typedDatums()).as((type, other) -> {
            String value = NotationCodec.encode(other.get2()).toString();
            return Tuple.of(schemaOf(List.of(type)), "{\"rows\":[{\"_uuid\":[\"uuid\",\"" + UUID_1 + "\"],\"c0\":"
                    + value + "}]}");
        });
    }

    @Property(tries = 1000)
    void readsOrRefusesAValueOfAnotherTypeExactlyAsTheTreePath(
            @ForAll("mismatchedValues") Tuple2<DatabaseSchema, String> result) {
        Object text = outcome(() -> fromText(result.get2(), "T", result.get1()));
        Object tree = outcome(() -> fromTree(result.get2(), "T", result.get1()));

        Statistics.collect(tree instanceof String ? "refused" : "read");
        assertThat(text).isEqualTo(tree);
    }

    /** Select results with one character changed, inserted or removed, or cut short. */
    @Provide
    Arbitrary<Tuple2<DatabaseSchema, String>> damagedResults() {
        Arbitrary<Character> chars = Arbitraries.of('{', '}', '[', ']', '"', ',', ':', '\\', '-', '0', '1', '.', 'e',
                'u', 'a', ' ', '\u0001', 't', 'n');
        return Combinators.combine(tablesAndRows(), Arbitraries.integers().between(0, 100_000), chars,
                Arbitraries.integers().between(0, 3)).as((table, where, c, how) -> {
                    String text = selectResult(table.get2(), false);
                    int at = where % (text.length() + 1);
                    String damaged = switch (how) {
                        case 0 -> text.substring(0, at);
                        case 1 -> text.substring(0, at) + c + text.substring(at);
                        case 2 -> at < text.length() ? text.substring(0, at) + c + text.substring(at + 1) : text + c;
                        default -> at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
                    };
                    return Tuple.of(table.get1(), damaged);
                });
    }

    @Property(tries = 1000, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void readsDamagedTextAsTheTreePathOrRefusesItAsNotJson(
            @ForAll("damagedResults") Tuple2<DatabaseSchema, String> result) {
        Object text = outcome(() -> fromText(result.get2(), "T", result.get1()));

        if (StrictJsonParser.isValid("[" + result.get2() + "]")) {
            Statistics.collect("still JSON");
            assertThat(text).isEqualTo(outcome(() -> fromTree(result.get2(), "T", result.get1())));
        } else {
            Statistics.collect("not JSON");
            assertThat(text).asString().startsWith("ProtocolException: transact result is not valid JSON (")
                    .doesNotContain("\n");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // escapes, an escaped member name, spacing, integers the tree reads through BigDecimal
        "{\"rows\":[{\"_uuid\":[\"uuid\",\"" + UUID_1 + "\"],\"n\\u0061me\":\"a\\\"b\\\\c\\u00e9\\ud83d\\ude00\\/\"}]}",
        "{ \"rows\" : [ { \"name\" : \"eth0\" , \"ofport\" : 1e1 } ] }",
        "{\"rows\":[{\"ofport\":-0,\"mtu\":12345678901234567890}]}",
        "{\"rows\":[{\"ofport\":1.0}]}",
        // the forms the tree path refuses: a NUL, a lone surrogate, a repeated member, a duplicate set element
        "{\"rows\":[{\"name\":\"a\\u0000\"}]}",
        "{\"rows\":[{\"name\":\"\\ud800\"}]}",
        "{\"rows\":[{\"name\":\"a\",\"name\":\"b\"}]}",
        "{\"rows\":[{\"_uuid\":[\"uuid\",\"" + UUID_1 + "\"],\"_uuid\":[\"uuid\",\"" + UUID_2 + "\"]}]}",
        "{\"rows\":[{\"_uuid\":[\"named-uuid\",\"x\"]}]}",
        "{\"rows\":[{\"_uuid\":[\"uuid\",\"not-a-uuid-but-36-characters-long-xx\"]}]}",
        "{\"rows\":[{\"ofport_request\":[\"set\",[1,1]]}]}",
        "{\"rows\":[{\"external_ids\":[\"map\",[[\"a\",\"1\"],[\"a\",\"2\"]]]}]}",
        "{\"rows\":[{\"admin_state\":\"sideways\"}]}",
        "{\"rows\":[{\"no_such_column\":1}]}",
        "{\"rows\":[1]}",
        "{\"rows\":{}}",
        "{\"rows\":[],\"error\":\"e\"}",
        "{\"error\":\"constraint violation\",\"details\":\"d\"}",
        "{\"rows\":[],\"rows\":[{\"name\":\"x\"}]}",
    })
    void readsUnusualAndWrongResultsExactlyAsTheTreePath(String element) {
        Object text = outcome(() -> fromText(element, "Interface", VSWITCH));

        assertThat(text).isEqualTo(outcome(() -> fromTree(element, "Interface", VSWITCH)));
    }

    @Test
    void readsTheFormsAServerWritesWithoutTheTreePath() {
        String element = "{\"rows\":[{\"_uuid\":[\"uuid\",\"" + UUID_1 + "\"],\"name\":\"b1\",\"tag\":[\"set\",[]],"
                + "\"trunks\":[\"set\",[1,2]],\"interfaces\":[\"uuid\",\"" + UUID_2 + "\"],\"fake_bridge\":false,"
                + "\"other_config\":[\"map\",[[\"k\",\"v\"]]]},{\"_uuid\":[\"uuid\",\"" + UUID_2 + "\"],"
                + "\"name\":\"b2\",\"tag\":7,\"trunks\":[\"set\",[]],\"interfaces\":[\"set\",[[\"uuid\",\"" + UUID_1
                + "\"],[\"uuid\",\"" + UUID_2 + "\"]]],"
                + "\"fake_bridge\":true,\"other_config\":[\"map\",[]]}]}";

        Optional<SelectRowsReader.Read> read = SelectRowsReader.read(element, 0, element.length(), VSWITCH, "Port");

        assertThat(read).isPresent();
        assertThat(read.get().rows()).hasSize(2);
        assertThat(read.get().rows().get(0).get("interfaces")).contains(OvsdbSet.of(Atom.uuid(Uuid.parse(UUID_2))));
        assertThat(read.get().rows().get(1).get("tag")).contains(OvsdbSet.of(Atom.integer(7)));
        assertThat(fromText(element, "Port", VSWITCH)).isEqualTo(fromTree(element, "Port", VSWITCH));
    }

    @Test
    void leavesAResultItDoesNotReadToTheTreePath() {
        String error = "{\"error\":\"x\"}";

        assertThat(SelectRowsReader.read(error, 0, error.length(), VSWITCH, "Port")).isEmpty();
        assertThat(fromText(error, "Port", VSWITCH).results().get(0)).isInstanceOf(OperationResult.Failed.class);
    }

    @Test
    void refusesAResultCutAfterACommaAsNotJson() {
        String cut = "[{\"rows\":[]},";
        Transaction two = new Transaction("D", List.of(new Operation.Select("Port", List.of(), Optional.empty()),
                new Operation.Select("Port", List.of(), Optional.empty())));

        assertThatThrownBy(() -> ResultParser.parse(new TextPayload(cut, 0, cut.length()), two, VSWITCH))
                .isInstanceOf(ProtocolException.class).hasMessageStartingWith("transact result is not valid JSON (");
    }

    @Test
    void refusesATruncatedRowAsNotJsonWithATypedError() {
        String cut = "[{\"rows\":[{\"name\":\"b1\"";

        assertThatThrownBy(() -> ResultParser.parse(new TextPayload(cut, 0, cut.length()), selectOf("Port"), VSWITCH))
                .isInstanceOf(ProtocolException.class).hasMessageStartingWith("transact result is not valid JSON (");
    }

    @Test
    void refusesAValueBreakingItsConstraintAsTheTreePathDoes() {
        String element = "{\"rows\":[{\"tag\":5000}]}";

        assertThatThrownBy(() -> fromText(element, "Port", VSWITCH)).isInstanceOf(SchemaException.class)
                .hasMessage(outcome(() -> fromTree(element, "Port", VSWITCH)).toString()
                        .substring("SchemaException: ".length()));
    }
}
