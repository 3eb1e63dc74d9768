package io.ovsguard.ovsdb.codec;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.ovsguard.ovsdb.error.ProtocolException;
import java.io.IOException;
import java.io.StringReader;

/**
 * Parses one JSON text strictly (RFC 8259: no comments, no unquoted names or single quotes,
 * nothing after the value). Gson's {@code JsonParser} always parses leniently, so this reads
 * through the {@link JsonElement} adapter, which keeps the reader's strictness.
 */
public final class StrictJson {

    private static final TypeAdapter<JsonElement> TREE = new Gson().getAdapter(JsonElement.class);

    private StrictJson() {
    }

    /** @throws ProtocolException if {@code text} is not exactly one strict JSON value */
    public static JsonElement parse(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = TREE.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new ProtocolException("malformed JSON: trailing data after the value");
            }
            return element;
        } catch (JsonParseException | IOException | IllegalStateException | NumberFormatException e) {
            throw new ProtocolException("malformed JSON: " + JsonSnippet.firstLine(e.getMessage()), e);
        }
    }
}
