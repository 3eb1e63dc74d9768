package io.ovsguard.ovsdb.direct;

import io.ovsguard.ovsdb.error.ConnectionLostException;
import io.ovsguard.ovsdb.transport.JsonTextScanner;
import io.ovsguard.ovsdb.transport.StrictUtf8;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;

/**
 * Cuts the byte stream of a blocking channel into complete JSON texts (OVSDB puts no delimiter between
 * messages), with the transport's scanner and strict UTF-8 decoding. Not thread-safe: the reader thread owns it.
 */
final class FrameReader {

    private static final int READ_BYTES = 64 * 1024;

    private final ReadableByteChannel channel;
    private final JsonTextScanner scanner;
    private final StrictUtf8 utf8 = new StrictUtf8();
    private final ByteBuffer input = ByteBuffer.allocate(READ_BYTES).flip();
    private byte[] text = new byte[4096];
    private int length;
    private long streamOffset;

    FrameReader(ReadableByteChannel channel, int maxMessageBytes) {
        this.channel = channel;
        this.scanner = new JsonTextScanner(maxMessageBytes);
    }

    /**
     * The next complete JSON text.
     *
     * @throws ConnectionLostException when the peer closes the stream (in the middle of a text or between texts)
     * @throws IOException when reading fails, for example because the channel was closed
     */
    String next() throws IOException {
        while (true) {
            while (input.hasRemaining()) {
                if (!scanner.inText()) {
                    // between texts, byte by byte: whitespace is skipped, anything but a text's start fails
                    byte b = input.get();
                    if (scanner.accept(b) == JsonTextScanner.Step.SKIP) {
                        streamOffset++;
                    } else {
                        append(input.array(), input.position() - 1, input.position());
                    }
                    continue;
                }
                // inside a text, the rest of the read in one tight loop and one copy
                int from = input.position();
                int end = scanner.scan(input.array(), from, input.limit());
                int upTo = end < 0 ? input.limit() : end;
                append(input.array(), from, upTo);
                input.position(upTo);
                if (end >= 0) {
                    String frame = utf8.decode(ByteBuffer.wrap(text, 0, length), streamOffset);
                    streamOffset += length;
                    length = 0;
                    return frame;
                }
            }
            input.clear();
            int read = channel.read(input);
            input.flip();
            if (read < 0) {
                throw new ConnectionLostException(length == 0 ? "the server closed the connection"
                        : "the server closed the connection in the middle of a message");
            }
        }
    }

    private void append(byte[] bytes, int from, int to) {
        int count = to - from;
        if (length + count > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, length + count));
        }
        System.arraycopy(bytes, from, text, length, count);
        length += count;
    }
}
