package io.ovsguard.ovsdb.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage.Notification;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage.Request;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage.Response;
import io.ovsguard.ovsdb.jsonrpc.RequestId;
import io.ovsguard.ovsdb.jsonrpc.RpcError;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GsonMessageCodecTest {

    private final GsonMessageCodec codec = new GsonMessageCodec();

    @Test
    void writesAWrittenPayloadInPlaceWithTheSameEscapingAsATree() {
        WrittenPayload params = new WrittenPayload(out -> out.beginArray().value("a\"b\u2028<").value(3L).value(1.5)
                .beginObject().name("k").value(true).endObject().endArray());

        String frame = codec.encode(new Request(RequestId.of(12), "transact", params));

        assertThat(frame).isEqualTo("{\"id\":12,\"method\":\"transact\",\"params\":"
                + "[\"a\\\"b\\u2028<\",3,1.5,{\"k\":true}]}");
        assertThat(params.toJson()).isEqualTo(codec.parsePayload(params.toJson()).toJson());
        assertThat(params).isEqualTo(codec.parsePayload("[\"a\\\"b\\u2028<\",3,1.5,{\"k\":true}]"));
    }

    @Test
    void decodesARequest() {
        JsonRpcMessage message = codec.decode("{\"method\":\"echo\",\"params\":[\"x\"],\"id\":\"echo\"}");

        assertThat(message).isInstanceOf(Request.class);
        Request request = (Request) message;
        assertThat(request.id()).isEqualTo(new RequestId("\"echo\""));
        assertThat(request.method()).isEqualTo("echo");
        assertThat(request.params().toJson()).isEqualTo("[\"x\"]");
    }

    @Test
    void decodesANotificationFromANullId() {
        JsonRpcMessage message = codec.decode("{\"id\":null,\"method\":\"update\",\"params\":[null,{}]}");

        assertThat(message).isEqualTo(new Notification("update", codec.parsePayload("[null,{}]")));
    }

    @Test
    void decodesANotificationWithoutAnId() {
        JsonRpcMessage message = codec.decode("{\"method\":\"locked\",\"params\":[\"lock1\"]}");

        assertThat(message).isInstanceOf(Notification.class);
    }

    @Test
    void decodesASuccessfulResponse() {
        JsonRpcMessage message = codec.decode("{\"id\":7,\"result\":[\"Open_vSwitch\"],\"error\":null}");

        assertThat(message).isEqualTo(Response.success(RequestId.of(7), codec.parsePayload("[\"Open_vSwitch\"]")));
    }

    @Test
    void decodesAnObjectResultAsATreeAndAnArrayResultAsText() {
        Response schema = (Response) codec.decode("{\"id\":0,\"result\":{\"name\":\"db\"},\"error\":null}");
        Response transact = (Response) codec.decode("{\"id\":1,\"result\":[{}],\"error\":null}");

        assertThat(schema.result().orElseThrow()).isInstanceOf(GsonPayload.class);
        assertThat(schema.result().orElseThrow().toJson()).isEqualTo("{\"name\":\"db\"}");
        assertThat(transact.result().orElseThrow()).isInstanceOf(TextPayload.class);
        assertThat(transact.result().orElseThrow().toJson()).isEqualTo("[{}]");
    }

    @Test
    void refusesAnObjectResultBesideAnError() {
        assertThatThrownBy(() -> codec.decode("{\"id\":1,\"result\":{},\"error\":\"bad\"}"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("both a result and an error");
    }

    @Test
    void decodesANullResultWithANullErrorAsASuccessfulJsonNull() {
        Response response = (Response) codec.decode("{\"id\":3,\"result\":null,\"error\":null}");

        assertThat(response.error()).isEmpty();
        assertThat(response.result()).map(p -> p.toJson()).contains("null");
    }

    @Test
    void decodesABareStringError() {
        Response response = (Response) codec.decode("{\"id\":1,\"result\":null,\"error\":\"unknown method\"}");

        RpcError error = response.error().orElseThrow();
        assertThat(error.isUnknownMethod()).isTrue();
        assertThat(error.details()).isEmpty();
        assertThat(error.rawJson()).isEqualTo("\"unknown method\"");
    }

    @Test
    void decodesAnErrorObjectWithDetails() {
        Response response = (Response) codec.decode(
                "{\"id\":2,\"result\":null,\"error\":{\"error\":\"unknown database\",\"details\":\"get_schema: no db\"}}");

        RpcError error = response.error().orElseThrow();
        assertThat(error.isUnknownDatabase()).isTrue();
        assertThat(error.details()).contains("get_schema: no db");
        assertThat(error.rawJson()).isEqualTo("{\"error\":\"unknown database\",\"details\":\"get_schema: no db\"}");
    }

    @Test
    void keepsNonNumericIdsAsCanonicalJson() {
        Response response = (Response) codec.decode("{\"id\":[\"a\",1],\"result\":{},\"error\":null}");

        assertThat(response.id().json()).isEqualTo("[\"a\",1]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "not JSON                  | {\"id\":1,\"result\":tru}                          | not valid JSON",
        "trailing data             | {\"id\":1,\"result\":1,\"error\":null} x          | not valid JSON",
        "single quotes (lenient)   | {'id':1,'result':1}                               | not valid JSON",
        "NaN (lenient)             | {\"id\":1,\"result\":NaN,\"error\":null}          | not valid JSON",
        "not an object             | [1,2]                                              | not a JSON object",
        "no method nor result      | {\"id\":1}                                         | neither a method nor a result",
        "method and result         | {\"id\":1,\"method\":\"echo\",\"params\":[],\"result\":1} | both a method and a result",
        "method not a string       | {\"id\":1,\"method\":5,\"params\":[]}             | method is not a string",
        "params not an array       | {\"id\":1,\"method\":\"echo\",\"params\":{}}      | has no params array",
        "params missing            | {\"id\":1,\"method\":\"echo\"}                    | has no params array",
        "response without id       | {\"id\":null,\"result\":1,\"error\":null}         | response has no id",
        "result and error          | {\"id\":1,\"result\":1,\"error\":\"bad\"}         | both a result and an error",
        "error of the wrong shape  | {\"id\":1,\"result\":null,\"error\":42}           | neither a string nor an object",
        "error object without tag  | {\"id\":1,\"result\":null,\"error\":{\"details\":\"x\"}} | neither a string nor an object",
        "empty text                | ` `                                                | is empty",
    })
    void rejectsMalformedShapesWithAOneLineMessage(String name, String frame, String expected) {
        assertThatThrownBy(() -> codec.decode(frame))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void rejectsNestingDeeperThanTheParserLimit() {
        String deep = "{\"id\":1,\"result\":" + "[".repeat(10_000) + "]".repeat(10_000) + ",\"error\":null}";

        assertThatThrownBy(() -> codec.decode(deep)).isInstanceOf(ProtocolException.class);
    }

    @Test
    void encodesARequestCompactly() {
        String text = codec.encode(new Request(RequestId.of(4), "list_dbs", codec.parsePayload("[ ]")));

        assertThat(text).isEqualTo("{\"id\":4,\"method\":\"list_dbs\",\"params\":[]}");
    }

    @Test
    void encodesANotificationWithANullId() {
        String text = codec.encode(new Notification("cancel", codec.parsePayload("[3]")));

        assertThat(text).isEqualTo("{\"id\":null,\"method\":\"cancel\",\"params\":[3]}");
    }

    @Test
    void encodesAnEchoReplyWithTheServersIdUnchanged() {
        Request echo = (Request) codec.decode("{\"method\":\"echo\",\"params\":[\"p\"],\"id\":\"echo\"}");

        String text = codec.encode(Response.success(echo.id(), echo.params()));

        assertThat(text).isEqualTo("{\"id\":\"echo\",\"result\":[\"p\"],\"error\":null}");
    }

    @Test
    void encodesAnErrorResponseFromItsRawJson() {
        String text = codec.encode(Response.failure(RequestId.of(9), RpcError.UNKNOWN_METHOD));

        assertThat(text).isEqualTo("{\"id\":9,\"result\":null,\"error\":\"unknown method\"}");
    }

    @Test
    void roundTripsEveryMessageKind() {
        for (String frame : new String[] {
            "{\"id\":1,\"method\":\"transact\",\"params\":[\"db\",{\"op\":\"comment\",\"comment\":\"\\u00e9\\\"\"}]}",
            "{\"id\":null,\"method\":\"update2\",\"params\":[\"m\",{\"T\":{}}]}",
            "{\"id\":12,\"result\":{\"a\":[1,2.5,true,null]},\"error\":null}",
            "{\"id\":13,\"result\":null,\"error\":{\"error\":\"canceled\"}}",
        }) {
            JsonRpcMessage decoded = codec.decode(frame);
            assertThat(codec.decode(codec.encode(decoded))).isEqualTo(decoded);
        }
    }

    @Test
    void parsesAPayloadStrictly() {
        assertThat(codec.parsePayload("[1, \"a\"]").toJson()).isEqualTo("[1,\"a\"]");
        assertThatThrownBy(() -> codec.parsePayload("[1,]")).isInstanceOf(ProtocolException.class);
    }

    @Test
    void keepsTheDetailsOfANonStringDetailsMemberAsJson() {
        Response response = (Response) codec.decode("{\"id\":1,\"result\":null,\"error\":{\"error\":\"e\",\"details\":[1]}}");

        assertThat(response.error().orElseThrow().details()).isEqualTo(Optional.of("[1]"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0", "7", "-3", "1.50", "1e2", "-0.0E+1", "123456789012345678901234567890"})
    void keepsANumericResponseIdAsTheTextGsonWouldWrite(String id) {
        Response response = (Response) codec.decode("{\"id\":" + id + ",\"result\":[],\"error\":null}");

        assertThat(response.id()).isEqualTo(new RequestId(StrictJsonParser.parse(id).toString()));
        assertThat(response.id().json()).isEqualTo(id);
    }
}
