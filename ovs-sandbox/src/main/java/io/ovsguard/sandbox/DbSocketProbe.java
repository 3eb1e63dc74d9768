package io.ovsguard.sandbox;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Asks an ovsdb-server on its unix socket for {@code list_dbs}, with the JDK only: this module must not depend on
 * ovsdb-client, whose own tests run against sandboxes.
 */
public final class DbSocketProbe {
    private static final String LIST_DBS = "{\"method\":\"list_dbs\",\"params\":[],\"id\":0}";
    private static final int MAX_REPLY_BYTES = 64 * 1024;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

    private DbSocketProbe() {
    }

    /**
     * The raw JSON reply to {@code list_dbs}, or empty when nothing listens, the server closed before replying or no
     * complete reply came within {@code timeout} (a stopped server accepts but never answers).
     */
    public static Optional<String> listDbs(Path socket, Duration timeout) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                Selector selector = Selector.open()) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap(LIST_DBS.getBytes(StandardCharsets.UTF_8)));
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
            return readOneJsonObject(channel, selector, System.nanoTime() + timeout.toNanos());
        } catch (IOException notListening) {
            return Optional.empty();
        }
    }

    /** True once the socket answers {@code list_dbs} with a reply naming {@code Open_vSwitch}. */
    public static boolean answers(Path socket) {
        return listDbs(socket, PROBE_TIMEOUT).filter(reply -> reply.contains("\"Open_vSwitch\"")).isPresent();
    }

    /** Polls until the socket answers or the timeout passes. */
    public static boolean awaitAnswer(Path socket, Duration timeout) {
        return Polling.await(() -> answers(socket), timeout);
    }

    /** Reads until the top-level JSON object closes; brace depth ignores braces inside strings. */
    private static Optional<String> readOneJsonObject(SocketChannel channel, Selector selector, long deadline)
            throws IOException {
        StringBuilder reply = new StringBuilder();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        while (reply.length() < MAX_REPLY_BYTES) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return Optional.empty();
            }
            selector.select(left);
            selector.selectedKeys().clear();
            buffer.clear();
            if (channel.read(buffer) < 0) {
                return Optional.empty();
            }
            buffer.flip();
            // list_dbs replies are ASCII; decoding byte by byte keeps split reads simple
            while (buffer.hasRemaining()) {
                char c = (char) (buffer.get() & 0xff);
                reply.append(c);
                if (escaped) {
                    escaped = false;
                } else if (inString) {
                    escaped = c == '\\';
                    inString = c != '"';
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return Optional.of(reply.toString().strip());
                }
            }
        }
        return Optional.empty();
    }
}
