package io.ovsguard.ovsdb.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.sandbox.junit.HostPrerequisite;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JNI unix socket as a channel, against a JDK unix-domain server socket this test drives. The build compiles the
 * library and the module's tests name it (ovsdb-client/pom.xml), so a missing library fails here.
 */
class NativeUnixSocketTest {

    @TempDir
    Path dir;

    private ServerSocketChannel server;
    private Path path;

    @BeforeEach
    void listen() throws IOException {
        // built by the module's build with gcc (scripts/install-deps.sh installs it): CI fails without it
        HostPrerequisite.require(DirectOvsdbClients.usesNativeUnixSockets(),
                "the native unix-socket library was not built or does not load ("
                        + System.getProperty(NativeUnixSockets.LIBRARY_PROPERTY) + ")");
        path = dir.resolve("s.sock");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
    }

    @AfterEach
    void stopListening() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void libraryIsBuiltAndLoadedForTheModuleTests() {
        assertThat(System.getProperty(NativeUnixSockets.LIBRARY_PROPERTY)).endsWith("libovsguard-unix.so");
        assertThat(DirectOvsdbClients.usesNativeUnixSockets()).isTrue();
    }

    @Test
    void carriesBytesBothWays() throws Exception {
        try (NativeUnixSocket socket = NativeUnixSocket.connect(path); SocketChannel peer = server.accept()) {
            socket.write(ByteBuffer.wrap("ping".getBytes(StandardCharsets.UTF_8)));
            assertThat(readExactly(peer, 4)).isEqualTo("ping");

            peer.write(ByteBuffer.wrap("pong".getBytes(StandardCharsets.UTF_8)));
            ByteBuffer reply = ByteBuffer.allocate(16);
            while (reply.position() < 4) {
                assertThat(socket.read(reply)).isPositive();
            }
            assertThat(new String(reply.array(), 0, 4, StandardCharsets.UTF_8)).isEqualTo("pong");
        }
    }

    @Test
    void readsIntoTheBufferAtItsPositionAndAdvancesIt() throws Exception {
        try (NativeUnixSocket socket = NativeUnixSocket.connect(path); SocketChannel peer = server.accept()) {
            peer.write(ByteBuffer.wrap("abc".getBytes(StandardCharsets.UTF_8)));
            ByteBuffer buffer = ByteBuffer.allocate(8);
            buffer.put((byte) 'x');
            while (buffer.position() < 4) {
                socket.read(buffer);
            }
            assertThat(new String(buffer.array(), 0, 4, StandardCharsets.UTF_8)).isEqualTo("xabc");
        }
    }

    @Test
    void writesALargeBufferInAsManyCallsAsItTakes() throws Exception {
        byte[] large = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }
        try (NativeUnixSocket socket = NativeUnixSocket.connect(path); SocketChannel peer = server.accept()) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> readAll(peer, large.length));
            ByteBuffer source = ByteBuffer.wrap(large);
            int calls = 0;
            while (source.hasRemaining()) {
                socket.write(source);
                calls++;
            }
            assertThat(calls).isGreaterThan(1);
            assertThat(Arrays.equals(received.get(30, TimeUnit.SECONDS), large)).isTrue();
        }
    }

    @Test
    void writesFromADirectBuffer() throws Exception {
        try (NativeUnixSocket socket = NativeUnixSocket.connect(path); SocketChannel peer = server.accept()) {
            ByteBuffer direct = ByteBuffer.allocateDirect(5).put("hello".getBytes(StandardCharsets.UTF_8)).flip();
            while (direct.hasRemaining()) {
                socket.write(direct);
            }
            assertThat(readExactly(peer, 5)).isEqualTo("hello");
        }
    }

    @Test
    void movesNothingForAFullOrEmptyBufferAsTheJdksChannelsDo() throws Exception {
        try (NativeUnixSocket socket = NativeUnixSocket.connect(path); SocketChannel peer = server.accept()) {
            assertThat(socket.read(ByteBuffer.allocate(0))).isZero();
            assertThat(socket.write(ByteBuffer.allocate(0))).isZero();
            socket.close();
            assertThatThrownBy(() -> socket.read(ByteBuffer.allocate(0))).isInstanceOf(ClosedChannelException.class);
        }
    }

    @Test
    void readsMinusOneWhenThePeerCloses() throws Exception {
        try (NativeUnixSocket socket = NativeUnixSocket.connect(path)) {
            server.accept().close();
            assertThat(socket.read(ByteBuffer.allocate(8))).isEqualTo(-1);
        }
    }

    @Test
    void closeWakesAReaderBlockedOnAQuietPeer() throws Exception {
        NativeUnixSocket socket = NativeUnixSocket.connect(path);
        try (SocketChannel peer = server.accept()) {
            CompletableFuture<Throwable> failure = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try {
                    socket.read(ByteBuffer.allocate(8));
                    failure.complete(null);
                } catch (IOException e) {
                    failure.complete(e);
                }
            }, "blocked-reader");
            reader.start();
            awaitBlockedInNativeRead(reader);

            socket.close();

            assertThat(failure.get(10, TimeUnit.SECONDS)).isInstanceOf(AsynchronousCloseException.class);
            assertThat(socket.isOpen()).isFalse();
        }
    }

    @Test
    void refusesReadsAndWritesAfterClose() throws Exception {
        NativeUnixSocket socket = NativeUnixSocket.connect(path);
        socket.close();
        socket.close();

        assertThatThrownBy(() -> socket.read(ByteBuffer.allocate(4))).isInstanceOf(ClosedChannelException.class);
        assertThatThrownBy(() -> socket.write(ByteBuffer.allocate(4))).isInstanceOf(ClosedChannelException.class);
    }

    @Test
    void failsWithTheSystemsReasonForAMissingSocket() {
        assertThatThrownBy(() -> NativeUnixSocket.connect(dir.resolve("missing.sock")))
                .isInstanceOf(IOException.class).hasMessage("No such file or directory");
    }

    @Test
    void failsWithConnectionRefusedWhenNobodyListens() throws IOException {
        server.close();
        assertThatThrownBy(() -> NativeUnixSocket.connect(path))
                .isInstanceOf(IOException.class).hasMessage("Connection refused");
    }

    @Test
    void reachesASocketWhosePathIsLongerThanASocketAddressHolds() throws Exception {
        // a 120-character directory name that leads back to the test directory, where the server listens
        Path longDirectory = Files.createSymbolicLink(dir.resolve("d".repeat(120)), dir);
        Path longPath = longDirectory.resolve(path.getFileName());
        assertThat(longPath.toString().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(107);

        try (NativeUnixSocket socket = NativeUnixSocket.connect(longPath); SocketChannel peer = server.accept()) {
            socket.write(ByteBuffer.wrap("long".getBytes(StandardCharsets.UTF_8)));
            assertThat(readExactly(peer, 4)).isEqualTo("long");
        }
    }

    @Test
    void failsWithTheSystemsReasonForAMissingSocketBehindALongPath() throws IOException {
        Path longDirectory = Files.createDirectory(dir.resolve("e".repeat(120)));
        assertThatThrownBy(() -> NativeUnixSocket.connect(longDirectory.resolve("missing.sock")))
                .isInstanceOf(IOException.class).hasMessage("No such file or directory");
        assertThatThrownBy(() -> NativeUnixSocket.connect(dir.resolve("f".repeat(120)).resolve("missing.sock")))
                .isInstanceOf(IOException.class).hasMessage("No such file or directory");
    }

    /** Waits until the thread is inside the library's read (its top frame), so the close really interrupts it. */
    private static void awaitBlockedInNativeRead(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            StackTraceElement[] stack = thread.getStackTrace();
            if (stack.length > 0 && stack[0].getMethodName().equals("read0")) {
                return;
            }
            Thread.sleep(1);
        }
        throw new AssertionError("the reader never blocked in read0");
    }

    private static String readExactly(SocketChannel peer, int count) throws IOException {
        return new String(readAll(peer, count), StandardCharsets.UTF_8);
    }

    private static byte[] readAll(SocketChannel peer, int count) {
        ByteBuffer buffer = ByteBuffer.allocate(count);
        try {
            while (buffer.hasRemaining()) {
                if (peer.read(buffer) < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }
}
