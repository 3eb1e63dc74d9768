package io.ovsguard.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The smallest client that can do the benchmark's workloads: a blocking socket, requests written
 * as pre-formatted JSON text, replies only counted (top-level JSON texts, string-aware) and checked
 * for the word "error". It is the ceiling the real clients are measured against.
 *
 * <p>Usage: {@code RawPeer HOST PORT MODE COUNT PREFIX}; modes as in {@link Workload}.
 */
public final class RawPeer {

    private RawPeer() {
    }

    public static void main(String[] args) throws IOException {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        Workload mode = Workload.parse(args[2]);
        int count = Integer.parseInt(args[3]);
        String prefix = args[4];
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port));
            OutputStream out = socket.getOutputStream();
            ReplyCounter replies = new ReplyCounter(socket.getInputStream());
            long start = System.nanoTime();
            if (mode == Workload.PIPELINED) {
                // a writer thread keeps the socket full while this thread drains replies
                Thread writer = new Thread(() -> writeInserts(out, 0, count, prefix), "raw-writer");
                writer.start();
                replies.await(count);
                join(writer);
            } else if (mode == Workload.SEQUENTIAL) {
                for (int i = 0; i < count; i++) {
                    writeInserts(out, i, i + 1, prefix);
                    replies.await(i + 1);
                }
            } else {
                out.write(bulkRequest(count, prefix).getBytes(StandardCharsets.UTF_8));
                out.flush();
                replies.await(1);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (replies.errors() > 0) {
                throw new IllegalStateException(replies.errors() + " replies carried an error");
            }
            System.out.printf("RESULT peer=raw mode=%s count=%d seconds=%.6f%n", mode.token(), count, seconds);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void writeInserts(OutputStream out, int from, int to, String prefix) {
        try {
            StringBuilder batch = new StringBuilder();
            for (int i = from; i < to; i++) {
                batch.append("{\"id\":").append(i).append(",\"method\":\"transact\",\"params\":[\"Open_vSwitch\",")
                        .append("{\"op\":\"insert\",\"table\":\"Queue\",\"row\":{\"external_ids\":[\"map\",[[\"bench\",\"")
                        .append(prefix).append(i).append("\"]]]}}]}");
                if (batch.length() > 64 * 1024) {
                    out.write(batch.toString().getBytes(StandardCharsets.UTF_8));
                    batch.setLength(0);
                }
            }
            out.write(batch.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String bulkRequest(int count, String prefix) {
        StringBuilder ops = new StringBuilder();
        StringBuilder ports = new StringBuilder();
        for (int i = 0; i < count; i++) {
            // one method per port, as the ovsguard peer does, so that both are compiled alike
            appendPort(ops, ports, i, prefix);
        }
        ops.append("{\"op\":\"mutate\",\"table\":\"Bridge\",\"where\":[[\"name\",\"==\",\"br0\"]],")
                .append("\"mutations\":[[\"ports\",\"insert\",[\"set\",[").append(ports).append("]]]]}");
        return "{\"id\":0,\"method\":\"transact\",\"params\":[\"Open_vSwitch\"," + ops + "]}";
    }

    private static void appendPort(StringBuilder ops, StringBuilder ports, int i, String prefix) {
        ops.append("{\"op\":\"insert\",\"table\":\"Interface\",\"uuid-name\":\"i").append(i)
                .append("\",\"row\":{\"name\":\"").append(prefix).append(i).append("\"}},");
        ops.append("{\"op\":\"insert\",\"table\":\"Port\",\"uuid-name\":\"p").append(i)
                .append("\",\"row\":{\"name\":\"").append(prefix).append(i)
                .append("\",\"interfaces\":[\"named-uuid\",\"i").append(i).append("\"]}},");
        if (i > 0) {
            ports.append(',');
        }
        ports.append("[\"named-uuid\",\"p").append(i).append("\"]");
    }

    /** Counts complete top-level JSON texts on the stream, tracking strings so braces inside them don't count. */
    private static final class ReplyCounter {
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int depth;
        private boolean inString;
        private boolean escaped;
        private long complete;
        private long errors;
        private final byte[] errorWord = "\"error\":\"".getBytes(StandardCharsets.US_ASCII);
        private int errorMatch;

        ReplyCounter(InputStream in) {
            this.in = in;
        }

        long errors() {
            return errors;
        }

        void await(long target) {
            try {
                while (complete < target) {
                    int n = in.read(buffer);
                    if (n < 0) {
                        throw new IllegalStateException("server closed the connection");
                    }
                    scan(n);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private void scan(int n) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                // a failed operation or call carries "error":"<tag>"; success carries "error":null
                errorMatch = b == errorWord[errorMatch] ? errorMatch + 1 : (b == errorWord[0] ? 1 : 0);
                if (errorMatch == errorWord.length) {
                    errors++;
                    errorMatch = 0;
                }
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
                } else if (b == '}' || b == ']') {
                    if (--depth == 0) {
                        complete++;
                    }
                }
            }
        }
    }
}
