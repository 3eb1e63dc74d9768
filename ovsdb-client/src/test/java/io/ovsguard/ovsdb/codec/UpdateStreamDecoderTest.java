package io.ovsguard.ovsdb.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage.Notification;
import io.ovsguard.ovsdb.monitor.MonitorNotification;
import io.ovsguard.ovsdb.monitor.RowUpdate;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import io.ovsguard.ovsdb.testing.Fixtures;
import io.ovsguard.ovsdb.testing.OvsdbArbitraries;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
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

/** Update notifications decoded straight from the text read exactly as the tree decoder reads them. */
class UpdateStreamDecoderTest {

    private static final DatabaseSchema SCHEMA = Fixtures.vswitchSchema();
    private static final String ROW = "00000000-0000-0000-0000-000000000001";
    private static final String TXN = "00000000-0000-0000-0000-00000000a001";

    private final GsonMessageCodec codec = new GsonMessageCodec();

    /** The decoded value, or the failure's class and message: what both paths must agree on. */
    private static Object outcome(Supplier<?> decode) {
        try {
            return decode.get();
        } catch (OvsdbException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @Provide
    Arbitrary<Tuple2<ColumnType, Datum>> typedDatums() {
        return OvsdbArbitraries.typedDatums();
    }

    @Property(tries = 1000)
    void readsEveryDatumAsTheTreeDecoderDoes(@ForAll("typedDatums") Tuple2<ColumnType, Datum> value) {
        String text = NotationCodec.encode(value.get2()).toString();

        assertThat(streamed(text, value.get1())).isEqualTo(value.get2());
    }

    @Provide
    Arbitrary<Tuple2<ColumnType, String>> mismatchedValues() {
        // a value of one type read as another: both decoders must refuse it, or read it, alike
        return Combinators.combine(OvsdbArbitraries.columnTypes(), OvsdbArbitraries.typedDatums())
                .as((type, other) -> Tuple.of(type, NotationCodec.encode(other.get2()).toString()));
    }

    @Property(tries = 1000)
    void refusesOrReadsAValueOfAnotherTypeExactlyAsTheTreeDecoderDoes(
            @ForAll("mismatchedValues") Tuple2<ColumnType, String> value) {
        Object tree = outcome(() -> NotationCodec.decode(StrictJson.parse(value.get2()), value.get1(), "T.c"));
        Object stream = outcome(() -> streamed(value.get2(), value.get1()));

        if (tree instanceof String treeError) {
            // the streaming reader words some shape errors more briefly; the kind of failure must match
            assertThat(stream).asString().startsWith(treeError.substring(0, treeError.indexOf(':')));
        } else {
            assertThat(stream).isEqualTo(tree);
        }
    }

    private static Datum streamed(String text, ColumnType type) {
        try (JsonReader in = new JsonReader(new StringReader(text))) {
            in.setStrictness(Strictness.STRICT);
            return StreamingDatumReader.read(in, type, "T", "c");
        } catch (IOException e) {
            throw new ProtocolException(e.getMessage());
        }
    }

    @Provide
    Arbitrary<JsonObject> tableUpdates() {
        List<Arbitrary<Tuple2<String, JsonObject>>> tables = new ArrayList<>();
        for (String name : List.of("Interface", "Port", "Bridge")) {
            TableSchema table = SCHEMA.table(name);
            List<ColumnSchema> columns = new ArrayList<>(table.userColumns());
            Arbitrary<Tuple2<String, JsonElement>> column = Arbitraries.of(columns).flatMap(c ->
                    OvsdbArbitraries.datums(c.type()).map(d -> Tuple.of(c.name(), NotationCodec.encode(d))));
            Arbitrary<JsonObject> row = column.list().ofMaxSize(4).map(cells -> {
                JsonObject object = new JsonObject();
                cells.forEach(cell -> object.add(cell.get1(), cell.get2()));
                return object;
            });
            Arbitrary<JsonObject> change = Combinators.combine(Arbitraries.of("initial", "insert", "modify", "delete"),
                    row).as((kind, cells) -> {
                        JsonObject update = new JsonObject();
                        update.add(kind, kind.equals("delete") ? JsonNull.INSTANCE : cells);
                        return update;
                    });
            Arbitrary<JsonObject> rows = Combinators.combine(OvsdbArbitraries.uuids(), change)
                    .as((uuid, update) -> Tuple.of(uuid.toString(), update)).list().ofMaxSize(3).map(list -> {
                        JsonObject object = new JsonObject();
                        list.forEach(t -> object.add(t.get1(), t.get2()));
                        return object;
                    });
            tables.add(rows.map(r -> Tuple.of(name, r)));
        }
        return Combinators.combine(tables).as(list -> {
            JsonObject object = new JsonObject();
            list.forEach(t -> {
                if (t.get2().size() > 0) {
                    object.add(t.get1(), t.get2());
                }
            });
            return object;
        });
    }

    @Property(tries = 500)
    void decodesAnUpdate3FrameAsTheTreeDecoderDoes(@ForAll("tableUpdates") JsonObject updates) {
        JsonArray params = new JsonArray();
        params.add("mon-1");
        params.add(TXN);
        params.add(updates);
        String frame = "{\"id\":null,\"method\":\"update3\",\"params\":" + params + "}";

        Object tree = outcome(() -> UpdateParser.parseNotification("update3", (JsonElement) params, SCHEMA));
        Object stream = outcome(() -> streamedNotification(frame));

        assertThat(stream).isEqualTo(tree);
        String kind = tree instanceof MonitorNotification ? "decoded" : "refused";
        Statistics.collect(kind);
        Statistics.coverage(c -> c.check("decoded").percentage(p -> p > 20));
    }

    private MonitorNotification streamedNotification(String frame) {
        Notification notification = (Notification) codec.decode(frame);
        assertThat(notification.params()).isInstanceOf(UpdateNotificationFrame.class);
        return UpdateParser.parseNotification(notification.method(), notification.params(), SCHEMA);
    }

    @Property(tries = 100)
    void decodesALargeMonitorReplyAsTheTreeDecoderDoes(@ForAll("tableUpdates") JsonObject updates) {
        JsonObject padded = updates.deepCopy();
        // past the size from which results are kept as text
        JsonObject bridges = padded.has("Bridge") ? padded.getAsJsonObject("Bridge") : new JsonObject();
        padded.add("Bridge", bridges);
        for (int i = 0; bridges.toString().length() < ResultFrame.MIN_CHARS; i++) {
            JsonObject row = new JsonObject();
            row.addProperty("name", "padding-bridge-" + i);
            JsonObject initial = new JsonObject();
            initial.add("initial", row);
            bridges.add(String.format("00000000-0000-0000-0000-%012d", i), initial);
        }
        JsonArray result = new JsonArray();
        result.add(true);
        result.add(TXN);
        result.add(padded);
        String frame = "{\"id\":42,\"result\":" + result + ",\"error\":null}";

        Object tree = outcome(() -> MonitorCodec.parseMonitorCondSinceReply((JsonElement) result, SCHEMA));
        JsonRpcMessage.Response response = (JsonRpcMessage.Response) codec.decode(frame);
        Object stream = outcome(() -> MonitorCodec.parseMonitorCondSinceReply(response.result().orElseThrow(),
                SCHEMA));

        assertThat(response.result().orElseThrow()).isInstanceOf(ResultFrame.class);
        assertThat(response.id().json()).isEqualTo("42");
        assertThat(stream).isEqualTo(tree);
        assertThat(GsonPayload.unwrap(response.result().orElseThrow())).isEqualTo(result);
    }

    @Test
    void keepsSmallAndFailedResponsesAsTrees() {
        String small = "{\"id\":1,\"result\":[false,\"" + TXN + "\",{}],\"error\":null}";
        String failed = "{\"id\":2,\"result\":null,\"error\":{\"error\":\"" + "x".repeat(ResultFrame.MIN_CHARS)
                + "\"}}";

        assertThat(((JsonRpcMessage.Response) codec.decode(small)).result().orElseThrow())
                .isNotInstanceOf(ResultFrame.class);
        assertThat(((JsonRpcMessage.Response) codec.decode(failed)).error()).isPresent();
    }

    @Test
    void decodesUpdateAndUpdate2FramesIntoRows() {
        String update = "{\"id\":null,\"method\":\"update\",\"params\":[\"m\",{\"Bridge\":{\"" + ROW
                + "\":{\"old\":null,\"new\":{\"name\":\"br0\"}}}}]}";
        String update2 = "{\"id\":null,\"method\":\"update2\",\"params\":[\"m\",{\"Bridge\":{\"" + ROW
                + "\":{\"modify\":{\"name\":\"br1\"}}}}]}";

        RowUpdate inserted = streamedNotification(update).updates().rows("Bridge").values().iterator().next();
        RowUpdate modified = streamedNotification(update2).updates().rows("Bridge").values().iterator().next();

        assertThat(inserted).isInstanceOfSatisfying(RowUpdate.Inserted.class, i -> {
            assertThat(i.row().get("name")).contains(OvsdbSet.ofStrings("br0"));
            assertThat(i.row().uuid()).map(Object::toString).contains(ROW);
        });
        assertThat(modified).isInstanceOf(RowUpdate.Modified.class);
    }

    @Test
    void readsTheMonitorIdWithoutDecodingTheRows() {
        JsonRpcMessage message = codec.decode("{\"id\":null,\"method\":\"update3\",\"params\":[\"mon-7\",\"" + TXN
                + "\",{\"NoSuchTable\":{}}]}");

        assertThat(MethodCodec.monitorIdOf(((Notification) message).params(), "update3")).isEqualTo("mon-7");
    }

    @Test
    void refusesAFrameThatIsNotValidJsonWhenItArrivesAsBefore() {
        String frame = "{\"id\":null,\"method\":\"update3\",\"params\":[\"m\",\"" + TXN + "\",{\"Bridge\":{\"" + ROW
                + "\":{\"modify\":{\"name\":\"br1\",}}}}]}";

        assertThatThrownBy(() -> codec.decode(frame)).isInstanceOf(ProtocolException.class)
                .hasMessageStartingWith("JSON-RPC message is not valid JSON");
    }

    @Test
    void refusesAnUnknownColumnAndABadTransactionId() {
        String column = "{\"id\":null,\"method\":\"update3\",\"params\":[\"m\",\"" + TXN + "\",{\"Bridge\":{\"" + ROW
                + "\":{\"insert\":{\"nope\":1}}}}]}";
        String txn = "{\"id\":null,\"method\":\"update3\",\"params\":[\"m\",\"x\",{}]}";

        assertThatThrownBy(() -> streamedNotification(column)).isInstanceOf(SchemaException.class);
        assertThatThrownBy(() -> streamedNotification(txn)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("transaction id");
    }

    @Test
    void refusesDataAfterTheMessageAndAResultMember() {
        String trailing = "{\"id\":null,\"method\":\"update2\",\"params\":[\"m\",{}]} 1";
        String withResult = "{\"id\":null,\"method\":\"update2\",\"params\":[\"m\",{}],\"result\":null}";

        assertThatThrownBy(() -> streamedNotification(trailing)).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> streamedNotification(withResult)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("both a method and a result");
    }

    @Test
    void aFrameInAnotherMemberOrderTakesTheTreePathAndDecodesTheSame() {
        String serverOrder = "{\"id\":null,\"method\":\"update2\",\"params\":[\"m\",{\"Bridge\":{\"" + ROW
                + "\":{\"insert\":{\"name\":\"br0\"}}}}]}";
        String otherOrder = "{\"method\":\"update2\",\"params\":[\"m\",{\"Bridge\":{\"" + ROW
                + "\":{\"insert\":{\"name\":\"br0\"}}}}],\"id\":null}";

        Notification other = (Notification) codec.decode(otherOrder);

        assertThat(other.params()).isInstanceOf(GsonPayload.class);
        assertThat(UpdateParser.parseNotification("update2", other.params(), SCHEMA))
                .isEqualTo(streamedNotification(serverOrder));
    }
}
