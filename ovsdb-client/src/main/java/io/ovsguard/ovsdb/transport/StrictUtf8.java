package io.ovsguard.ovsdb.transport;

import io.ovsguard.ovsdb.error.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a complete JSON text as UTF-8 and refuses malformed input instead of replacing it, as
 * RFC 7159 and ovsdb-server require; a silently substituted character could change a name or key.
 *
 * <p>Not thread-safe (a {@link CharsetDecoder} keeps state): one instance per connection.
 */
public final class StrictUtf8 {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /**
     * @param bytes the text; its position is advanced to its limit
     * @param streamOffset where the text starts in the stream, for the error message
     */
    public String decode(ByteBuffer bytes, long streamOffset) {
        byte[] raw;
        int offset;
        int length = bytes.remaining();
        if (bytes.hasArray()) {
            // a heap buffer's bytes are decoded where they are, not copied out first
            raw = bytes.array();
            offset = bytes.arrayOffset() + bytes.position();
            bytes.position(bytes.limit());
        } else {
            raw = new byte[length];
            offset = 0;
            bytes.get(raw);
        }
        // The JDK's own decoding is much faster (intrinsic for ASCII) but replaces malformed input
        // with U+FFFD; without one in the result the input was valid. Otherwise decode again
        // strictly, which reports the error (or accepts a U+FFFD that was really sent).
        String text = new String(raw, offset, length, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return decoder.decode(ByteBuffer.wrap(raw, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw new ProtocolException("JSON-RPC message at stream offset " + streamOffset
                    + " is not valid UTF-8 (" + e.getMessage() + ")", e);
        }
    }
}
