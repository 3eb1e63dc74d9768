package io.ovsguard.ovsdb.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTextWriterTest {

    /** What Gson writes for the same value, as the bytes that would go on the wire. */
    private static byte[] gsonBytes(com.google.gson.JsonElement json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Property(tries = 3000)
    void writesEveryStringAsGsonDoesInUtf8(@ForAll String text) {
        byte[] written = new JsonTextWriter(4).value(text).toByteArray();

        assertThat(written).isEqualTo(gsonBytes(new JsonPrimitive(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "q\"b\\s", "\u0000\u0001\u001f\t\b\n\r\f", "\u2028\u2029", "caf\u00e9 \u4e2d",
        "\ud83d\ude00", "lone \ud800 high", "lone \udc00 low", "\u007f\u0080\u07ff\u0800\uffff", "</script>"})
    void escapesAndEncodesLikeGson(String text) {
        assertThat(new JsonTextWriter().value(text).toByteArray()).isEqualTo(gsonBytes(new JsonPrimitive(text)));
    }

    @Property(tries = 1000)
    void writesATokenExactlyAsTheStringItWasMadeFrom(@ForAll String name, @ForAll String value) {
        byte[] fromStrings = new JsonTextWriter(4).beginArray().beginObject().name(name).value(value).endObject()
                .value(value).endArray().toByteArray();

        byte[] fromTokens = new JsonTextWriter(4).beginArray().beginObject().name(new JsonTextWriter.Token(name))
                .value(new JsonTextWriter.Token(value)).endObject().value(new JsonTextWriter.Token(value)).endArray()
                .toByteArray();

        assertThat(fromTokens).isEqualTo(fromStrings);
    }

    @Test
    void writesTokensAcrossChunkBoundariesInOrder() {
        JsonTextWriter.Token word = new JsonTextWriter.Token("named-uuid");
        JsonTextWriter writer = new JsonTextWriter(16).beginArray();
        StringBuilder expected = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            writer.value(word);
            expected.append(i == 0 ? "" : ",").append("\"named-uuid\"");
        }

        assertThat(writer.endArray().toString()).isEqualTo(expected.append(']').toString());
    }

    @Property(tries = 1000)
    void writesNumbersAsGsonDoes(@ForAll long integer, @ForAll double real) {
        JsonArray expected = new JsonArray();
        expected.add(integer);
        expected.add(real);

        String written = new JsonTextWriter().beginArray().value(integer).value(real).endArray().toString();

        assertThat(written).isEqualTo(expected.toString());
    }

    @Test
    void placesCommasAndColonsInNestedValues() {
        String written = new JsonTextWriter().beginObject()
                .name("a").beginArray().endArray()
                .name("b").beginArray().value(1L).beginObject().endObject().beginArray().nullValue().value(true)
                .endArray().endArray()
                .name("c").beginObject().name("d").value("e").name("f").value(false).endObject()
                .endObject().toString();

        assertThat(written).isEqualTo("{\"a\":[],\"b\":[1,{},[null,true]],\"c\":{\"d\":\"e\",\"f\":false}}");
    }

    @Test
    void writesAGsonTreeAsGsonDoes() {
        JsonObject tree = new JsonObject();
        tree.addProperty("s", "x\ny");
        tree.add("n", StrictJsonParser.parse("[1.50, -0, 1e3, 12345678901234567890]"));
        tree.add("z", com.google.gson.JsonNull.INSTANCE);
        tree.addProperty("b", true);

        assertThat(new JsonTextWriter().value(tree).toString()).isEqualTo(tree.toString());
    }

    @Test
    void growsPastItsFirstBuffer() {
        JsonTextWriter writer = new JsonTextWriter(16).beginArray();
        StringBuilder expected = new StringBuilder("[");
        for (int i = 0; i < 5000; i++) {
            writer.value("\u00e9" + i);
            expected.append(i == 0 ? "" : ",").append("\"\u00e9").append(i).append('"');
        }

        assertThat(writer.endArray().toString()).isEqualTo(expected.append(']').toString());
    }

    @Test
    void writesAStringLongerThanAChunkAndKeepsTheChunksInOrder() {
        String big = "\u00e9x".repeat(50_000);
        JsonTextWriter writer = new JsonTextWriter(16).beginArray().value("a").value(big).value("z").endArray();

        java.nio.ByteBuffer[] chunks = writer.asByteBuffers();
        StringBuilder joined = new StringBuilder();
        for (java.nio.ByteBuffer chunk : chunks) {
            joined.append(StandardCharsets.UTF_8.decode(chunk));
        }

        assertThat(chunks.length).isGreaterThan(1);
        assertThat(joined.toString()).isEqualTo("[\"a\",\"" + big + "\",\"z\"]");
    }
}
