package io.ovsguard.cli.app;

import io.ovsguard.cli.exec.KnownVswitchSchema;
import io.ovsguard.ovsdb.direct.DirectOvsdbClients;
import io.ovsguard.ovsdb.schema.KnownSchema;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Runs, on a thread of its own, the JDK initialisations that a CLI call needs later on its main thread, so that they
 * overlap with building the command table, parsing and connecting (the machine has more than one core). Each was
 * found on the critical path by profiling {@code list-br}:
 * <ul>
 *   <li>the native unix-socket library, when the launcher names it: loading it is then all there is to do, as no
 *       socket of the JDK's is used for the default {@code unix:} database (a {@code tcp:} one pays its own way);</li>
 *   <li>otherwise the first unix socket initialises the JDK's unix-domain support, which seeds a {@code SecureRandom} and with
 *       it the security providers (about 8 ms);</li>
 *   <li>the first close of a connected socket initialises the JDK's socket options ({@code Net}), about 2 ms;</li>
 *   <li>the process environment, which the JDK copies and parses on first use, while {@code main} builds the
 *       command table;</li>
 *   <li>{@code CompletableFuture}, whose first use sets up the common {@code ForkJoinPool} (about 0.6 ms);</li>
 *   <li>the compiled-in schema's tables of the switch's core (Open_vSwitch, Bridge, Port, Interface), which the
 *       first reply's reader needs: built here, they are ready when it arrives (about 0.7 ms of building).</li>
 * </ul>
 * Whatever fails here is left for the real use to report.
 */
final class StartupWarmup implements Runnable {

    private static final Set<String> INFORMATION_ONLY = Set.of("--version", "-V", "--help", "-h", "--commands",
            "--options");
    private static final List<String> CORE_TABLES = List.of("Open_vSwitch", "Bridge", "Port", "Interface");

    private final KnownSchema schema;
    private final List<String> tables;

    StartupWarmup(KnownSchema schema, List<String> tables) {
        this.schema = schema;
        this.tables = List.copyOf(tables);
    }

    /** Starts the warm-up unless the command line only asks for help or the version, which never connect. */
    static void startInBackground(String[] args) {
        if (isUsefulFor(args)) {
            startInBackground();
        }
    }

    /** False for a command line that only asks for help or the version. */
    static boolean isUsefulFor(String[] args) {
        return !(args.length == 1 && INFORMATION_ONLY.contains(args[0]));
    }

    static void startInBackground() {
        // a class, not a lambda: a lambda would be spun at run time unless the start-up cache's training ran main()
        Thread thread = new Thread(new StartupWarmup(KnownVswitchSchema.OPEN_VSWITCH, CORE_TABLES),
                "ovsguard-startup-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        // in the order main needs them: the environment right after the command table, then the connection, the
        // client's futures, and the tables only once the first reply arrives
        System.getenv();
        if (!DirectOvsdbClients.usesNativeUnixSockets()) {
            try (SocketChannel unix = SocketChannel.open(StandardProtocolFamily.UNIX);
                 SocketChannel inet = SocketChannel.open()) {
                // opening them was the point
            } catch (IOException | UnsupportedOperationException e) {
                // the real connection attempt reports whatever is wrong
            }
        }
        CompletableFuture.completedFuture(null);
        try {
            schema.prepare(tables);
        } catch (RuntimeException e) {
            // the reply's reader builds the table again and reports it; nothing of a warm-up reaches stderr
        }
    }
}
