package io.ovsguard.ovsdb.transport;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import io.ovsguard.ovsdb.ConnectionSpec;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fake OVSDB server on a real local socket (Unix in a given directory, or TCP on an ephemeral
 * loopback port) that follows a script, in the style of okhttp's MockWebServer: enqueue steps,
 * run the client, then check what the peer received.
 *
 * <p>It exists for misbehaviour a real ovsdb-server never shows: malformed or oversized frames,
 * truncation, stalls, out-of-order replies. It reads with Gson's streaming parser, not with the
 * client's frame decoder, so the two cannot share a bug. It serves one connection.
 */
final class ScriptedOvsdbPeer implements AutoCloseable {

    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(10);

    /** One scripted action, run in order on the peer's thread. */
    sealed interface Step {
    }

    /** Wait for the client's next request and check its method. */
    record AwaitRequest(String method) implements Step {
    }

    /** Reply with a result to the oldest request not yet answered. */
    record ReplyResult(String resultJson) implements Step {
    }

    /** Reply with a result to the {@code index}-th request received (0-based), in any order. */
    record ReplyResultTo(int index, String resultJson) implements Step {
    }

    /** Reply with an error value to the oldest request not yet answered. */
    record ReplyError(String errorJson) implements Step {
    }

    /** Write these bytes as they are: malformed, truncated or oversized frames, server requests. */
    record SendRaw(byte[] bytes) implements Step {
    }

    /** Close the connection. */
    record Disconnect() implements Step {
    }

    private final ServerSocketChannel server;
    private final ConnectionSpec.Active spec;
    private final Path socketPath;
    private final List<Step> script = new ArrayList<>();
    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<JsonObject> requests = new LinkedBlockingQueue<>();
    private final AtomicReference<Throwable> scriptFailure = new AtomicReference<>();
    private final CountDownLatch scriptDone = new CountDownLatch(1);
    private final CountDownLatch clientClosed = new CountDownLatch(1);
    private volatile SocketChannel connection;
    private Thread runner;

    private ScriptedOvsdbPeer(ServerSocketChannel server, ConnectionSpec.Active spec, Path socketPath) {
        this.server = server;
        this.spec = spec;
        this.socketPath = socketPath;
    }

    static ScriptedOvsdbPeer tcp() throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
        return new ScriptedOvsdbPeer(server, new ConnectionSpec.Tcp("127.0.0.1", port), null);
    }

    static ScriptedOvsdbPeer unix(Path directory) throws IOException {
        Path path = directory.resolve("peer.sock");
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        return new ScriptedOvsdbPeer(server, new ConnectionSpec.Unix(path), path);
    }

    ConnectionSpec.Active spec() {
        return spec;
    }

    ScriptedOvsdbPeer enqueue(Step... steps) {
        if (runner != null) {
            throw new IllegalStateException("enqueue steps before start()");
        }
        script.addAll(List.of(steps));
        return this;
    }

    /** Starts accepting; the script runs as soon as the client connects. */
    ScriptedOvsdbPeer start() {
        runner = new Thread(this::serve, "scripted-ovsdb-peer");
        runner.setDaemon(true);
        runner.start();
        return this;
    }

    /** The next message the client sent (requests and replies alike), waiting a few seconds at most. */
    JsonObject takeReceived() throws InterruptedException {
        JsonObject message = received.poll(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("the client sent nothing within " + STEP_TIMEOUT);
        }
        return message;
    }

    /** Waits until every step ran, and fails if one could not. */
    void awaitScript() throws InterruptedException {
        if (!scriptDone.await(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("the peer's script did not finish within " + STEP_TIMEOUT);
        }
        if (scriptFailure.get() != null) {
            throw new AssertionError("the peer's script failed", scriptFailure.get());
        }
    }

    /** Waits until the client closed its side of the connection. */
    boolean awaitClientClosed(Duration timeout) throws InterruptedException {
        return clientClosed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        server.close();
        SocketChannel open = connection;
        if (open != null) {
            open.close();
        }
        if (runner != null) {
            runner.join(STEP_TIMEOUT.toMillis());
        }
        if (socketPath != null) {
            java.nio.file.Files.deleteIfExists(socketPath);
        }
    }

    private void serve() {
        try (SocketChannel accepted = server.accept()) {
            connection = accepted;
            Thread reader = new Thread(() -> read(accepted), "scripted-ovsdb-peer-reader");
            reader.setDaemon(true);
            reader.start();
            runScript(accepted);
            scriptDone.countDown();
            reader.join();
        } catch (Throwable e) {
            scriptFailure.compareAndSet(null, e);
            scriptDone.countDown();
        }
    }

    private void runScript(SocketChannel socket) throws IOException, InterruptedException {
        List<JsonObject> awaited = new ArrayList<>();
        int answered = 0;
        for (Step step : script) {
            if (step instanceof AwaitRequest await) {
                JsonObject request = requests.poll(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                if (request == null) {
                    throw new AssertionError("no " + await.method() + " request arrived");
                }
                if (!request.get("method").getAsString().equals(await.method())) {
                    throw new AssertionError("expected a " + await.method() + " request but got " + request);
                }
                awaited.add(request);
            } else if (step instanceof ReplyResult reply) {
                write(socket, response(awaited.get(answered++), reply.resultJson(), "null"));
            } else if (step instanceof ReplyResultTo reply) {
                write(socket, response(awaited.get(reply.index()), reply.resultJson(), "null"));
            } else if (step instanceof ReplyError reply) {
                write(socket, response(awaited.get(answered++), "null", reply.errorJson()));
            } else if (step instanceof SendRaw raw) {
                write(socket, raw.bytes());
            } else if (step instanceof Disconnect) {
                socket.close();
            }
        }
    }

    private void read(SocketChannel socket) {
        try {
            JsonReader reader = new JsonReader(new InputStreamReader(inputOf(socket), StandardCharsets.UTF_8));
            // Lenient mode reads one top-level value after another from the stream.
            reader.setStrictness(Strictness.LENIENT);
            while (true) {
                JsonObject message = JsonParser.parseReader(reader).getAsJsonObject();
                received.add(message);
                JsonElement id = message.get("id");
                if (message.has("method") && id != null && !id.isJsonNull()) {
                    requests.add(message);
                }
            }
        } catch (RuntimeException e) {
            // End of stream (the client or the script closed the connection) or unreadable input.
        } finally {
            clientClosed.countDown();
        }
    }

    private static String response(JsonObject request, String result, String error) {
        return "{\"id\":" + request.get("id") + ",\"result\":" + result + ",\"error\":" + error + "}";
    }

    private static void write(SocketChannel socket, String text) throws IOException {
        write(socket, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(SocketChannel socket, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            socket.write(buffer);
        }
    }

    /**
     * Reads the channel directly: the streams of {@link java.nio.channels.Channels} lock the channel
     * for reads and writes alike, so a blocked read would stop the script from writing.
     */
    private static InputStream inputOf(SocketChannel socket) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                return socket.read(ByteBuffer.wrap(bytes, offset, length));
            }
        };
    }
}
