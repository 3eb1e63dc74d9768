package io.ovsguard.ovsdb.direct;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.ovsguard.ovsdb.ConnectionSpec;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A hand-driven OVSDB peer on a unix socket: the test takes each message the client sent and writes whatever
 * bytes it likes back. Reads with Gson's streaming parser, not the client's framing, so the two cannot share a bug.
 */
final class FakePeer implements AutoCloseable {

    private static final long WAIT_SECONDS = 10;

    private final ServerSocketChannel server;
    private final Path path;
    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private volatile SocketChannel connection;
    private final CountDownLatch accepted = new CountDownLatch(1);

    private FakePeer(ServerSocketChannel server, Path path) {
        this.server = server;
        this.path = path;
    }

    static FakePeer listen(Path directory) throws IOException {
        Path path = directory.resolve("peer.sock");
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        FakePeer peer = new FakePeer(server, path);
        Thread acceptor = new Thread(peer::serve, "fake-ovsdb-peer");
        acceptor.setDaemon(true);
        acceptor.start();
        return peer;
    }

    ConnectionSpec.Unix remote() {
        return new ConnectionSpec.Unix(path);
    }

    /** The next message the client sent, waiting a few seconds at most. */
    JsonObject take() throws InterruptedException {
        JsonObject message = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("the client sent nothing within " + WAIT_SECONDS + " s");
        }
        return message;
    }

    /** Writes {@code text} as it is. */
    void send(String text) throws IOException {
        awaitConnection();
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            connection.write(bytes);
        }
    }

    /** Replies to {@code request} with {@code resultJson}. */
    void reply(JsonObject request, String resultJson) throws IOException {
        send("{\"id\":" + request.get("id") + ",\"result\":" + resultJson + ",\"error\":null}");
    }

    void hangUp() throws IOException {
        awaitConnection();
        connection.close();
    }

    @Override
    public void close() throws IOException {
        server.close();
        SocketChannel open = connection;
        if (open != null) {
            open.close();
        }
    }

    /** The client's connect can return before this side's accept does; the test must not outrun it. */
    private void awaitConnection() {
        try {
            if (!accepted.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the client did not connect within " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the client to connect", e);
        }
    }

    private void serve() {
        try {
            connection = server.accept();
            accepted.countDown();
            JsonReader reader = new JsonReader(new InputStreamReader(Channels.newInputStream(connection),
                    StandardCharsets.UTF_8));
            reader.setStrictness(Strictness.LENIENT);
            while (reader.peek() != JsonToken.END_DOCUMENT) {
                received.add(JsonParser.parseReader(reader).getAsJsonObject());
            }
        } catch (IOException | RuntimeException e) {
            // the client or the test closed the connection; the test's assertions say whether that was expected
        }
    }
}
