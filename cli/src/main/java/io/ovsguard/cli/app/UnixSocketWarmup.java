package io.ovsguard.cli.app;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;

/**
 * Opens and closes one unix socket on a thread of its own while the main thread builds the command table and parses
 * the command line. The first unix socket a JVM opens initialises the JDK's unix-domain support, which seeds a
 * {@code SecureRandom} and with it the security providers: about 8 ms of one core, all of it on the path to the
 * database's {@code db.sock} otherwise.
 */
final class UnixSocketWarmup implements Runnable {

    private UnixSocketWarmup() {
    }

    static void startInBackground() {
        // a class, not a lambda: a lambda would be spun at run time unless the start-up cache's training ran main()
        Thread thread = new Thread(new UnixSocketWarmup(), "ovsguard-socket-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        try (SocketChannel ignored = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            // opening was the point
        } catch (IOException | UnsupportedOperationException e) {
            // no unix sockets here: the real connection attempt reports what is wrong
        }
    }
}
