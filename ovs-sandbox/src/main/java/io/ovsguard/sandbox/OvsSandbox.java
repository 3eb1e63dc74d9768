package io.ovsguard.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A private, real Open vSwitch: an ovsdb-server (unix socket, optionally TCP and SSL on ephemeral loopback ports)
 * and optionally a DPDK ovs-vswitchd, all living in one short directory under /tmp.
 *
 * <pre>{@code
 * try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.builder().vswitchd(VswitchdSpec.socketMemory64()).build())) {
 *     sandbox.vsctl("add-br", "br0", "--", "set", "bridge", "br0", "datapath_type=netdev").orThrow();
 * }
 * }</pre>
 *
 * <p>{@link #close()} stops the daemons by their own pid files (SIGTERM, then SIGKILL after the stop timeout),
 * returns the hugepages, removes the EAL's {@code /var/run/dpdk/<prefix>} and deletes the directory; if any step
 * fails the directory is kept and the error names it. A shutdown hook closes a sandbox the JVM forgot to close.
 * Thread-safe: lifecycle methods are synchronized.
 */
public final class OvsSandbox implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OvsSandbox.class);
    private static final Duration MIN_TOOL_TIMEOUT = Duration.ofSeconds(60);

    private final SandboxSpec spec;
    private final SandboxDirs dirs;
    private final ToolRunner tools;
    private final Optional<SandboxPki> pki;
    private final OvsdbServerLauncher.Started ovsdbServerStart;
    private final DaemonProcess ovsdbServer;
    private final OptionalInt tcpPort;
    private final OptionalInt sslPort;
    private final Optional<VswitchdLauncher> vswitchd;
    private final HugepageReservation hugepages;
    private final Thread shutdownHook;
    private boolean closed;

    private OvsSandbox(SandboxSpec spec, SandboxDirs dirs, ToolRunner tools, Optional<SandboxPki> pki,
            OvsdbServerLauncher.Started server, Optional<VswitchdLauncher> vswitchd, HugepageReservation hugepages) {
        this.spec = spec;
        this.dirs = dirs;
        this.tools = tools;
        this.pki = pki;
        this.ovsdbServerStart = server;
        this.ovsdbServer = server.process();
        this.tcpPort = server.tcpPort();
        this.sslPort = server.sslPort();
        this.vswitchd = vswitchd;
        this.hugepages = hugepages;
        this.shutdownHook = new Thread(this::closeFromHook, "ovs-sandbox-" + dirs.name() + "-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts a sandbox, reserving hugepages from the host's real pool if it runs ovs-vswitchd. */
    public static OvsSandbox start(SandboxSpec spec) {
        return start(spec, Hugepages.system());
    }

    public static OvsSandbox start(SandboxSpec spec, Hugepages pool) {
        List<Path> missing = spec.vswitchd().isPresent() ? spec.binaries().missingForVswitchd()
                : spec.ssl() ? spec.binaries().missingForSsl() : spec.binaries().missingForOvsdbServer();
        if (!missing.isEmpty()) {
            throw new SandboxException("Open vSwitch programs are missing: " + missing
                    + " (run scripts/install-deps.sh)");
        }
        SandboxDirs dirs = SandboxDirs.create(spec.tempRoot());
        ToolRunner tools = new ToolRunner(dirs.dir(), max(spec.startTimeout(), MIN_TOOL_TIMEOUT));
        SandboxStartup startup = new SandboxStartup(dirs);
        try {
            Optional<SandboxPki> pki = spec.ssl()
                    ? Optional.of(SandboxPki.create(dirs, spec.binaries(), tools)) : Optional.empty();
            OvsdbServerLauncher.Started server = new OvsdbServerLauncher(spec, dirs, tools).start(pki);
            startup.started(() -> server.process().stop(spec.stopTimeout()));
            tools.run(spec.binaries().ovsVsctl(), "--db=unix:" + dirs.dbSocket(), "--no-wait", "init").orThrow();

            HugepageReservation hugepages = HugepageReservation.none();
            Optional<VswitchdLauncher> vswitchd = Optional.empty();
            if (spec.vswitchd().isPresent()) {
                VswitchdSpec vs = spec.vswitchd().get();
                hugepages = pool.reserve(vs.hugepages(), dirs.name());
                startup.started(hugepages::close);
                VswitchdLauncher launcher = new VswitchdLauncher(spec, vs, dirs, tools);
                launcher.configure();
                startup.started(launcher::stop);
                launcher.start(hugepages);
                vswitchd = Optional.of(launcher);
            }
            OvsSandbox sandbox = new OvsSandbox(spec, dirs, tools, pki, server, vswitchd, hugepages);
            log.debug("sandbox {} ready", dirs.dir());
            return sandbox;
        } catch (RuntimeException e) {
            startup.abandon(e);
            throw e;
        }
    }

    public SandboxSpec spec() {
        return spec;
    }

    public Path dir() {
        return dirs.dir();
    }

    /** The directory's name, also DPDK's {@code --file-prefix}. */
    public String name() {
        return dirs.name();
    }

    public Path confDb() {
        return dirs.confDb();
    }

    public Path dbSocket() {
        return dirs.dbSocket();
    }

    /** {@code unix:<dir>/db.sock}, the remote string OVS tools and the ovsguard client accept. */
    public String unixRemote() {
        return "unix:" + dirs.dbSocket();
    }

    public OptionalInt tcpPort() {
        return tcpPort;
    }

    /** {@code tcp:127.0.0.1:<port>} when the sandbox listens on TCP. */
    public Optional<String> tcpRemote() {
        return tcpPort.isPresent() ? Optional.of("tcp:127.0.0.1:" + tcpPort.getAsInt()) : Optional.empty();
    }

    public OptionalInt sslPort() {
        return sslPort;
    }

    /** {@code ssl:127.0.0.1:<port>} when the sandbox listens on SSL. */
    public Optional<String> sslRemote() {
        return sslPort.isPresent() ? Optional.of("ssl:127.0.0.1:" + sslPort.getAsInt()) : Optional.empty();
    }

    /** CA, server and client certificates and keys, when the sandbox listens on SSL. */
    public Optional<SandboxPki> pki() {
        return pki;
    }

    public Path ovsdbServerLogFile() {
        return dirs.ovsdbServerLog();
    }

    public Path ovsdbServerCtl() {
        return dirs.ovsdbServerCtl();
    }

    public Path vswitchdLogFile() {
        return dirs.vswitchdLog();
    }

    public Path vswitchdCtl() {
        return dirs.vswitchdCtl();
    }

    /** The whole ovs-vswitchd log so far (every start appends to it); empty if vswitchd never ran. */
    public String vswitchdLog() {
        return SandboxLogs.read(dirs.vswitchdLog());
    }

    /**
     * The ovs-vswitchd log once it contains {@code text}, read again every 20 ms until {@code timeout}: ovs-vswitchd
     * writes its log file asynchronously, so a line can land after the database already shows what caused it.
     *
     * @return the whole log, which lacks {@code text} only when the timeout passed
     */
    public String awaitVswitchdLog(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String log = vswitchdLog();
        while (!log.contains(text) && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return log;
            }
            log = vswitchdLog();
        }
        return log;
    }

    public String ovsdbServerLog() {
        return SandboxLogs.read(dirs.ovsdbServerLog());
    }

    /** The hugepages this sandbox holds (none for an ovsdb-server-only sandbox). */
    public HugepageReservation hugepages() {
        return hugepages;
    }

    /** The EAL's runtime directory {@code /var/run/dpdk/<name>}, removed on stop. */
    public Path dpdkRuntimeDir() {
        return VswitchdLauncher.DPDK_RUNTIME_ROOT.resolve(dirs.name());
    }

    /**
     * Runs the real {@code ovs-vsctl --db=unix:<db.sock> args...}. Without {@code --no-wait} ovs-vsctl waits for
     * ovs-vswitchd to apply the change, so on a sandbox without vswitchd pass {@code --no-wait}.
     */
    public ToolResult vsctl(String... args) {
        List<String> command = new ArrayList<>(List.of(spec.binaries().ovsVsctl().toString(), "--db=" + unixRemote()));
        command.addAll(List.of(args));
        return tools.run(command);
    }

    /** Runs {@code ovs-appctl -t <daemon's unixctl socket> args...}. */
    public ToolResult appctl(Daemon target, String... args) {
        Path ctl = target == Daemon.VSWITCHD ? dirs.vswitchdCtl() : dirs.ovsdbServerCtl();
        List<String> command = new ArrayList<>(List.of(spec.binaries().ovsAppctl().toString(), "-t", ctl.toString()));
        command.addAll(List.of(args));
        return tools.run(command);
    }

    public boolean isOvsdbServerRunning() {
        return ovsdbServer.isRunning();
    }

    public Optional<Long> ovsdbServerPid() {
        return ovsdbServer.pid();
    }

    /** Sends a signal to ovsdb-server, for fault tests (KILL, STOP, CONT, ...); does not wait. */
    public synchronized void signalOvsdbServer(Signal signal) {
        requireOpen();
        ovsdbServer.signal(signal);
    }

    /** Waits until ovsdb-server has exited (e.g. after a KILL); true if it did within the timeout. */
    public boolean awaitOvsdbServerExit(Duration timeout) {
        return ovsdbServer.awaitExit(timeout);
    }

    /** Stops ovsdb-server (SIGTERM, then SIGKILL); restart it with {@link #restartOvsdbServer()}. */
    public synchronized void stopOvsdbServer() {
        requireOpen();
        ovsdbServer.stop(spec.stopTimeout());
    }

    /**
     * Starts ovsdb-server again after a stop or a kill, on the same conf.db, unix socket and TCP/SSL ports, and waits
     * until it answers. Databases added at run time (ovsdb-server/add-db) are not re-added.
     */
    public synchronized void restartOvsdbServer() {
        requireOpen();
        new OvsdbServerLauncher(spec, dirs, tools).restart(ovsdbServerStart, pki);
    }

    public boolean isVswitchdRunning() {
        return vswitchd.map(v -> v.process().isRunning()).orElse(false);
    }

    public Optional<Long> vswitchdPid() {
        return vswitchd.flatMap(v -> v.process().pid());
    }

    /** Stops ovs-vswitchd (SIGTERM, then SIGKILL) and removes the EAL's runtime directory; hugepages stay reserved. */
    public synchronized void stopVswitchd() {
        requireOpen();
        launcher().stop();
    }

    /**
     * Starts ovs-vswitchd again after {@link #stopVswitchd()} or a kill, and waits until it is ready. After a kill it
     * first waits (up to the stop timeout) until the old daemon's last thread is gone.
     */
    public synchronized void startVswitchd() {
        requireOpen();
        launcher().start(hugepages);
    }

    /** Sends a signal to ovs-vswitchd, for fault tests; does not wait. Restart with {@link #startVswitchd()}. */
    public synchronized void killVswitchd(Signal signal) {
        requireOpen();
        launcher().process().signal(signal);
    }

    /** Waits until ovs-vswitchd has exited (e.g. after {@link #killVswitchd}); true if it did within the timeout. */
    public boolean awaitVswitchdExit(Duration timeout) {
        return launcher().process().awaitExit(timeout);
    }

    /** Copies conf.db and the logs to {@code target}, e.g. to keep them after a failed test. */
    public List<Path> copyArtifactsTo(Path target) {
        return SandboxArtifacts.copy(dirs.dir(), target);
    }

    /**
     * Leaves the sandbox running after this JVM exits (no teardown, no shutdown hook) and returns the handle another
     * process can stop it with. Hugepages stay with ovs-vswitchd, and their reservation in the ledger under the
     * sandbox's name: {@link DetachedSandbox#stop} gives them back (once this JVM has exited, the next reservation
     * of any sandbox may take them back first, as it does for every JVM that died holding pages).
     */
    public synchronized DetachedSandbox detach() {
        requireOpen();
        closed = true;
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
        return DetachedSandbox.at(dirs.dir());
    }

    /** Stops everything, returns hugepages and deletes the directory (kept if a step failed). Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it is what called us, or it will find the sandbox closed
            log.debug("JVM is shutting down; closing {} now", dirs.name());
        }
        SandboxTeardown teardown = new SandboxTeardown(dirs);
        vswitchd.ifPresent(v -> teardown.step("stop ovs-vswitchd", v::stop));
        teardown.step("stop ovsdb-server", () -> ovsdbServer.stop(spec.stopTimeout()));
        teardown.step("return hugepages", hugepages::close);
        teardown.finish();
    }

    private void closeFromHook() {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        log.warn("sandbox {} was not closed; closing it at JVM exit", dirs.dir());
        close();
    }

    private VswitchdLauncher launcher() {
        return vswitchd.orElseThrow(() -> new SandboxException("sandbox " + dirs.name() + " runs no ovs-vswitchd"));
    }

    private void requireOpen() {
        if (closed) {
            throw new SandboxException("sandbox " + dirs.name() + " is closed");
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
