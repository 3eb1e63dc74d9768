package io.ovsguard.ovsdb.jsonrpc;

import io.ovsguard.ovsdb.error.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Turns one complete JSON text (a frame) into a {@link JsonRpcMessage} and back.
 *
 * <p>Implemented by the {@code codec} package; the endpoint is given one at construction so that
 * this package stays free of any JSON library.
 */
public interface MessageCodec {

    /**
     * Decodes one frame.
     *
     * @throws ProtocolException if the text is not JSON or not a JSON-RPC 1.0 message
     */
    JsonRpcMessage decode(String frame);

    /** Encodes a message as compact JSON text. */
    String encode(JsonRpcMessage message);

    /**
     * Encodes a message as the UTF-8 bytes of its compact JSON text, what goes on the wire: heap
     * buffers, in order, each from its position to its limit, which the caller may wrap without copying.
     */
    default ByteBuffer[] encodeUtf8(JsonRpcMessage message) {
        return new ByteBuffer[] {ByteBuffer.wrap(encode(message).getBytes(StandardCharsets.UTF_8))};
    }

    /**
     * Parses one JSON value (for example {@code []}) into a payload, for callers that build params
     * without a JSON library of their own.
     *
     * @throws ProtocolException if the text is not exactly one JSON value
     */
    Payload parsePayload(String json);
}
