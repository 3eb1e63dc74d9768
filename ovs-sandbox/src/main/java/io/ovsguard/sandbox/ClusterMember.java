package io.ovsguard.sandbox;

import java.util.ArrayList;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ovsdb-server of a {@link ClusterSandbox}: its database file, unix socket, unixctl socket, pid file and log
 * ({@code m<N>.*} in the cluster's directory), its fixed Raft port and its client TCP port.
 *
 * <p>The client port is bound as {@code ptcp:0:127.0.0.1} on the first start and read from the log; a restart binds
 * the same port again, so a client's list of remotes stays valid across kills. Thread-safe.
 */
public final class ClusterMember {
    private static final Logger log = LoggerFactory.getLogger(ClusterMember.class);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

    private final int number;
    private final Path dir;
    private final String database;
    private final int raftPort;
    private final OvsBinaries binaries;
    private final ToolRunner tools;
    private final Duration startTimeout;
    private final DaemonProcess process;
    private OptionalInt clientPort = OptionalInt.empty();
    private boolean paused;

    ClusterMember(int number, Path dir, String database, int raftPort, OvsBinaries binaries, ToolRunner tools,
            Duration startTimeout) {
        this.number = number;
        this.dir = dir;
        this.database = database;
        this.raftPort = raftPort;
        this.binaries = binaries;
        this.tools = tools;
        this.startTimeout = startTimeout;
        this.process = new DaemonProcess("ovsdb-server m" + number, file("pid"), file("log"), tools);
    }

    /** The member's number in the cluster, from 1; member 1 created the cluster. */
    public int number() {
        return number;
    }

    public Path dbFile() {
        return file("db");
    }

    public Path dbSocket() {
        return file("sock");
    }

    public Path ctlSocket() {
        return file("ctl");
    }

    public Path logFile() {
        return file("log");
    }

    /** {@code tcp:127.0.0.1:<port>}: where the other members reach this one. */
    public String raftAddress() {
        return "tcp:127.0.0.1:" + raftPort;
    }

    /** {@code tcp:127.0.0.1:<port>}: where OVSDB clients reach this member. */
    public synchronized String tcpRemote() {
        return "tcp:127.0.0.1:" + clientPort.orElseThrow(() -> new SandboxException("member " + number
                + " has not started yet"));
    }

    public String unixRemote() {
        return "unix:" + dbSocket();
    }

    public synchronized boolean isRunning() {
        return process.isRunning();
    }

    /** True between {@link #pause()} and {@link #resume()}: the process exists but does not run. */
    public synchronized boolean isPaused() {
        return paused && process.isRunning();
    }

    public synchronized Optional<Long> pid() {
        return process.pid();
    }

    /** Starts ovsdb-server on the member's database file and waits until it answers on its sockets. */
    synchronized void start() {
        if (process.isRunning()) {
            throw new SandboxException("member " + number + " is already running");
        }
        String tcp = "ptcp:" + (clientPort.isPresent() ? clientPort.getAsInt() : 0) + ":127.0.0.1";
        List<String> command = List.of(binaries.ovsdbServer().toString(), dbFile().toString(),
                "--remote=punix:" + dbSocket(), "--remote=" + tcp, "--pidfile=" + file("pid"), "--detach",
                "--log-file=" + logFile(), "--unixctl=" + ctlSocket());
        long logBefore = SandboxLogs.size(logFile());
        ToolResult launched = tools.runDetaching(command, dir.resolve("m" + number + ".out"));
        if (!launched.succeeded()) {
            throw new SandboxException("member " + number + "'s ovsdb-server failed to start (exit "
                    + launched.exitCode() + "): " + launched.stderr().strip()
                    + SandboxLogs.describeTailSince(logFile(), logBefore));
        }
        process.attach();
        paused = false;
        awaitAnswer(logBefore);
        if (clientPort.isEmpty()) {
            clientPort = OptionalInt.of(discoverClientPort(logBefore));
        } else {
            awaitTcpListener(clientPort.getAsInt(), logBefore);
        }
        log.debug("cluster member {} (pid {}) serves {} and raft {}", number, process.pid().orElse(-1L),
                tcpRemote(), raftAddress());
    }

    /** SIGKILL, then waits until every thread of the process is gone. */
    synchronized void kill(Duration timeout) {
        process.signal(Signal.KILL);
        if (!process.awaitExit(timeout)) {
            throw new SandboxException("member " + number + " survived SIGKILL for " + timeout);
        }
        paused = false;
    }

    /** SIGSTOP: the member keeps its sockets but answers nothing, like a hung or partitioned peer. */
    synchronized void pause() {
        process.signal(Signal.STOP);
        paused = true;
    }

    /** SIGCONT after {@link #pause()}. */
    synchronized void resume() {
        process.signal(Signal.CONT);
        paused = false;
    }

    /** SIGTERM (SIGKILL after {@code grace}); a paused member is continued first so it can exit. */
    synchronized void stop(Duration grace) {
        if (paused && process.isRunning()) {
            process.signal(Signal.CONT);
        }
        paused = false;
        process.stop(grace);
    }

    /** Runs {@code ovs-appctl -t <ctl> args...} against this member. */
    public ToolResult appctl(String... args) {
        List<String> command = new ArrayList<>(List.of(binaries.ovsAppctl().toString(), "-t",
                ctlSocket().toString()));
        command.addAll(List.of(args));
        return tools.run(command);
    }

    /**
     * The member's {@code cluster/status}. Fails for a paused member (it cannot answer) or one that is not running.
     */
    public ClusterStatus status() {
        synchronized (this) {
            if (isPaused()) {
                throw new SandboxException("member " + number + " is paused and cannot report its status");
            }
            if (!process.isRunning()) {
                throw new SandboxException("member " + number + " is not running");
            }
        }
        return ClusterStatus.parse(appctl("cluster/status", database).orThrow().stdout());
    }

    /** The status if the member is running, not paused and answers; empty otherwise (for polling). */
    public Optional<ClusterStatus> statusIfAnswering() {
        synchronized (this) {
            if (isPaused() || !process.isRunning()) {
                return Optional.empty();
            }
        }
        ToolResult result = appctl("cluster/status", database);
        return result.succeeded() ? Optional.of(ClusterStatus.parse(result.stdout())) : Optional.empty();
    }

    private void awaitAnswer(long logBefore) {
        String quoted = "\"" + database + "\"";
        boolean ready = Polling.await(() -> !process.isRunning()
                || DbSocketProbe.listDbs(dbSocket(), PROBE_TIMEOUT).filter(r -> r.contains(quoted)).isPresent(),
                startTimeout);
        if (!process.isRunning() || !ready) {
            throw new SandboxException("member " + number + "'s ovsdb-server "
                    + (process.isRunning() ? "did not answer list_dbs within " + startTimeout : "exited during start-up")
                    + SandboxLogs.describeTailSince(logFile(), logBefore));
        }
    }

    private int discoverClientPort(long logBefore) {
        AtomicReference<List<Integer>> ports = new AtomicReference<>(List.of());
        boolean bound = Polling.await(() -> {
            ports.set(ListeningPorts.in(SandboxLogs.readSince(logFile(), logBefore)));
            return !ports.get().isEmpty();
        }, startTimeout);
        if (!bound) {
            throw new SandboxException("member " + number + " logged no listening port for ptcp:0:127.0.0.1 within "
                    + startTimeout + SandboxLogs.describeTailSince(logFile(), logBefore));
        }
        return ports.get().get(0);
    }

    private void awaitTcpListener(int port, long logBefore) {
        if (!Polling.await(() -> accepts(port), startTimeout)) {
            throw new SandboxException("member " + number + " does not accept connections on 127.0.0.1:" + port
                    + " again within " + startTimeout + SandboxLogs.describeTailSince(logFile(), logBefore));
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private Path file(String suffix) {
        return dir.resolve("m" + number + "." + suffix);
    }
}
