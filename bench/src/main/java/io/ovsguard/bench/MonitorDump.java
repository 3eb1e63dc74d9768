package io.ovsguard.bench;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The server's own share of an initial sync: a raw client on the unix socket sends the same
 * {@code monitor_cond_since} request for every table and column that the replica peers send, and
 * only counts the reply's bytes (string-aware brace depth). It times the request to the reply's
 * first byte (ovsdb-server building the whole reply, which it does before writing any of it) and
 * to its last byte (plus the transfer). A peer's sync wall time minus the first-byte time is then
 * what the peer itself spends after the server is done.
 */
final class MonitorDump {

    /** Seconds from sending the request to the reply's first and last byte; the reply's size. */
    record Timing(double firstByteSeconds, double lastByteSeconds, long bytes) {
    }

    private MonitorDump() {
    }

    static Timing measure(String unixRemote, String database, Collection<String> tables) throws IOException {
        String monitors = tables.stream().map(t -> "\"" + t + "\":[{}]").collect(Collectors.joining(","));
        String request = "{\"id\":1,\"method\":\"monitor_cond_since\",\"params\":[\"" + database
                + "\",\"dump\",{" + monitors + "},\"00000000-0000-0000-0000-000000000000\"]}";
        Path socket = Path.of(unixRemote.substring("unix:".length()));
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            ByteBuffer buffer = ByteBuffer.allocate(256 * 1024);
            long start = System.nanoTime();
            channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.UTF_8)));
            long first = -1;
            long bytes = 0;
            Scanner scanner = new Scanner();
            while (!scanner.complete) {
                buffer.clear();
                int n = channel.read(buffer);
                if (n < 0) {
                    throw new IllegalStateException("the server closed the connection during the monitor reply");
                }
                if (first < 0) {
                    first = System.nanoTime();
                }
                bytes += n;
                scanner.scan(buffer.array(), n);
            }
            long last = System.nanoTime();
            if (scanner.sawError) {
                throw new IllegalStateException("the monitor request failed");
            }
            return new Timing((first - start) / 1e9, (last - start) / 1e9, bytes);
        }
    }

    /** Finds the end of the first top-level JSON text; a success ends with {@code "error":null}}. */
    private static final class Scanner {
        private static final byte[] SUCCESS_END = "\"error\":null}".getBytes(StandardCharsets.US_ASCII);
        private final byte[] tail = new byte[SUCCESS_END.length];
        private int depth;
        private boolean inString;
        private boolean escaped;
        boolean complete;
        boolean sawError;

        void scan(byte[] data, int n) {
            for (int i = 0; i < n && !complete; i++) {
                byte b = data[i];
                System.arraycopy(tail, 1, tail, 0, tail.length - 1);
                tail[tail.length - 1] = b;
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (b == '\\') {
                        escaped = true;
                    } else if (b == '"') {
                        inString = false;
                    }
                } else if (b == '"') {
                    inString = true;
                } else if (b == '{' || b == '[') {
                    depth++;
                } else if ((b == '}' || b == ']') && --depth == 0) {
                    complete = true;
                    sawError = !java.util.Arrays.equals(tail, SUCCESS_END);
                }
            }
        }
    }
}
