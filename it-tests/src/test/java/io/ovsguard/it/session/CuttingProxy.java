package io.ovsguard.it.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback TCP proxy in front of an ovsdb-server that can cut a connection in the middle of a
 * JSON-RPC message: once armed, it forwards only the first part of the next chunk in the chosen
 * direction (never ending on a closing bracket, so the peer holds an incomplete text) and then
 * closes both sides.
 */
final class CuttingProxy implements AutoCloseable {

    enum Direction { SERVER_TO_CLIENT, CLIENT_TO_SERVER }

    private final ServerSocket listener;
    private final int upstreamPort;
    private final AtomicReference<Direction> armed = new AtomicReference<>();
    private final AtomicInteger cuts = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    CuttingProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "cutting-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String remote() {
        return "tcp:127.0.0.1:" + listener.getLocalPort();
    }

    /** The next chunk in {@code direction} is cut. */
    void arm(Direction direction) {
        armed.set(direction);
    }

    boolean isArmed() {
        return armed.get() != null;
    }

    int cuts() {
        return cuts.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server;
                try {
                    server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                } catch (IOException refused) {
                    client.close();
                    continue;
                }
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(server);
                pump(client, server, Direction.CLIENT_TO_SERVER);
                pump(server, client, Direction.SERVER_TO_CLIENT);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, Direction direction) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (n >= 2 && armed.compareAndSet(direction, null)) {
                        int cut = n / 2;
                        while (cut > 1 && (buffer[cut - 1] == '}' || buffer[cut - 1] == ']')) {
                            cut--;
                        }
                        out.write(buffer, 0, cut);
                        out.flush();
                        cuts.incrementAndGet();
                        break;
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException closed) {
                // the other pump or a peer closed the connection
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "cutting-proxy-" + direction);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sockets.forEach(CuttingProxy::closeQuietly);
    }
}
