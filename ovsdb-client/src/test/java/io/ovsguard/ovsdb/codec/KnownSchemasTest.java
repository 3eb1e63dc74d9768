package io.ovsguard.ovsdb.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.KnownSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import io.ovsguard.ovsdb.testing.Fixtures;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KnownSchemasTest {

    /** The schema file's content as one compact line, large enough to be kept as text (a real server's is ~15 KB). */
    private static final String SERVED = StrictJsonParser.parse(Fixtures.resource("/schema/vswitch.ovsschema"))
            .toString();
    private static final DatabaseSchema PARSED = SchemaParser.parse(SERVED);

    private final AtomicInteger built = new AtomicInteger();

    private KnownSchema known(String servedText) {
        return new KnownSchema(PARSED.name(), PARSED.version(), PARSED.cksum(), servedText,
                List.copyOf(PARSED.tables().keySet()), name -> {
                    built.incrementAndGet();
                    return PARSED.table(name);
                });
    }

    private static JsonRpcMessage.Response reply(String result) {
        JsonRpcMessage message = new GsonMessageCodec().decode("{\"id\":7,\"result\":" + result + ",\"error\":null}");
        assertThat(message).isInstanceOf(JsonRpcMessage.Response.class);
        return (JsonRpcMessage.Response) message;
    }

    @Test
    void aReplyThatIsExactlyTheServedTextGivesTheKnownSchemaWithoutParsingIt() {
        assertThat(SERVED.length()).isGreaterThanOrEqualTo(ResultFrame.MIN_CHARS);
        JsonRpcMessage.Response response = reply(SERVED);

        DatabaseSchema schema = KnownSchemas.match(response.result().orElseThrow(), List.of(known(SERVED)))
                .orElseThrow();

        assertThat(built).hasValue(0);
        TableSchema bridge = schema.table("Bridge");
        assertThat(bridge).isEqualTo(PARSED.table("Bridge"));
        assertThat(built).hasValue(1);
        assertThat(schema.version()).isEqualTo(PARSED.version());
        assertThat(schema.cksum()).isEqualTo(PARSED.cksum());
    }

    @Test
    void oneCharacterDifferentIsNotTheKnownSchema() {
        String other = SERVED.replace("\"Bridge\"", "\"Bridgf\"");
        JsonRpcMessage.Response response = reply(other);

        assertThat(KnownSchemas.match(response.result().orElseThrow(), List.of(known(SERVED)))).isEmpty();
        assertThat(KnownSchemas.match(reply(SERVED).result().orElseThrow(), List.of(known(other)))).isEmpty();
        assertThat(KnownSchemas.match(reply(SERVED + " ").result().orElseThrow(), List.of(known(SERVED))))
                .as("trailing space in the reply").isEmpty();
    }

    @Test
    void theFirstKnownSchemaWhoseTextMatchesWins() {
        KnownSchema other = known(SERVED.replace("\"Bridge\"", "\"Bridgf\""));
        KnownSchema exact = known(SERVED);

        assertThat(KnownSchemas.match(reply(SERVED).result().orElseThrow(), List.of(other, exact))).isPresent();
        assertThat(KnownSchemas.match(reply(SERVED).result().orElseThrow(), List.of())).isEmpty();
    }

    @Test
    void aResultBuiltIntoATreeIsNeverMatched() {
        // small object results are built into a tree on arrival; they are parsed as before
        String small = "{\"name\":\"x\",\"version\":\"1.0.0\",\"tables\":{}}";
        assertThat(KnownSchemas.match(reply(small).result().orElseThrow(), List.of(known(small)))).isEmpty();
    }

    @Test
    void aCodecGivenTheKnownSchemasRecognisesTheTextOnArrival() {
        KnownSchema exact = known(SERVED);
        String frame = "{\"id\":12,\"result\":" + SERVED + ",\"error\":null}";

        JsonRpcMessage message = new GsonMessageCodec(List.of(exact)).decode(frame);

        assertThat(message).isInstanceOfSatisfying(JsonRpcMessage.Response.class, response -> {
            assertThat(response.id().json()).isEqualTo("12");
            assertThat(response.result().orElseThrow()).isInstanceOfSatisfying(ResultFrame.class,
                    result -> assertThat(result.knownSchema()).containsSame(exact));
            // recognised by the codec: no list is needed any more, and nothing was parsed
            assertThat(KnownSchemas.match(response.result().orElseThrow(), List.of())).isPresent();
        });
        assertThat(built).hasValue(0);
    }

    @Test
    void aCodecWithoutThemOrWithAnotherTextRecognisesNothing() {
        String frame = "{\"id\":12,\"result\":" + SERVED + ",\"error\":null}";

        for (GsonMessageCodec codec : List.of(new GsonMessageCodec(),
                new GsonMessageCodec(List.of(known(SERVED.replace("\"Port\"", "\"Porx\"")))))) {
            JsonRpcMessage.Response response = (JsonRpcMessage.Response) codec.decode(frame);
            assertThat(response.result().orElseThrow()).isInstanceOfSatisfying(ResultFrame.class,
                    result -> assertThat(result.knownSchema()).isEmpty());
        }
    }

    @Test
    void aFrameThatIsNotValidJsonIsStillRefusedWhenItsResultIsNotKnown() {
        String broken = "{\"id\":12,\"result\":" + SERVED.replace("\"Port\":{", "\"Port\":{{") + ",\"error\":null}";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GsonMessageCodec(List.of(known(SERVED)))
                .decode(broken)).isInstanceOf(io.ovsguard.ovsdb.error.ProtocolException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void preparedTablesAreBuiltOnceAndSharedByEverySchemaOfTheKnownOne() {
        KnownSchema known = known(SERVED);

        known.prepare(List.of("Bridge", "Port"));
        TableSchema bridge = known.schema().table("Bridge");
        TableSchema port = known.schema().table("Port");

        assertThat(built).hasValue(2);
        assertThat(known.schema().table("Bridge")).isSameAs(bridge);
        assertThat(port).isEqualTo(PARSED.table("Port"));
        assertThat(built).hasValue(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> known.prepare(List.of("Nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("schema Open_vSwitch has no table Nope");
    }
}
