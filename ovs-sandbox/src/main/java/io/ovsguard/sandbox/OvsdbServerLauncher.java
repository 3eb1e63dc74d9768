package io.ovsguard.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

/** Creates conf.db, starts the sandbox's ovsdb-server, waits for it to answer and opens the network remotes. */
final class OvsdbServerLauncher {
    static final String TCP_REMOTE = "ptcp:0:127.0.0.1";
    static final String SSL_REMOTE = "pssl:0:127.0.0.1";

    /** A running server and the ports it bound for the requested network remotes. */
    record Started(DaemonProcess process, OptionalInt tcpPort, OptionalInt sslPort) {
    }

    private final SandboxSpec spec;
    private final SandboxDirs dirs;
    private final ToolRunner tools;

    OvsdbServerLauncher(SandboxSpec spec, SandboxDirs dirs, ToolRunner tools) {
        this.spec = spec;
        this.dirs = dirs;
        this.tools = tools;
    }

    Started start(Optional<SandboxPki> pki) {
        OvsBinaries bin = spec.binaries();
        tools.run(bin.ovsdbTool(), "create", dirs.confDb().toString(), bin.vswitchSchema().toString()).orThrow();
        DaemonProcess process = new DaemonProcess("ovsdb-server", dirs.ovsdbServerPid(), dirs.ovsdbServerLog(), tools);
        launch(process, pki, List.of());

        OptionalInt tcp = spec.tcp() ? OptionalInt.of(addRemote(process, TCP_REMOTE)) : OptionalInt.empty();
        OptionalInt ssl = spec.ssl() ? OptionalInt.of(addRemote(process, SSL_REMOTE)) : OptionalInt.empty();
        return new Started(process, tcp, ssl);
    }

    /**
     * Starts the server again on the same conf.db, unix socket and network ports, for fault tests: after a kill it
     * waits (up to the stop timeout) until the old process is gone, so its pid file and ports are free.
     */
    void restart(Started previous, Optional<SandboxPki> pki) {
        DaemonProcess process = previous.process();
        if (!process.awaitExit(spec.stopTimeout())) {
            throw new SandboxException("ovsdb-server is still running; stop or kill it before restarting");
        }
        List<String> remotes = new ArrayList<>();
        previous.tcpPort().ifPresent(port -> remotes.add("--remote=ptcp:" + port + ":127.0.0.1"));
        previous.sslPort().ifPresent(port -> remotes.add("--remote=pssl:" + port + ":127.0.0.1"));
        launch(process, pki, remotes);
    }

    private void launch(DaemonProcess process, Optional<SandboxPki> pki, List<String> extraRemotes) {
        OvsBinaries bin = spec.binaries();
        List<String> command = new ArrayList<>(List.of(bin.ovsdbServer().toString(), dirs.confDb().toString(),
                "--remote=punix:" + dirs.dbSocket()));
        command.addAll(extraRemotes);
        pki.ifPresent(p -> command.addAll(List.of("--private-key=" + p.serverKey(), "--certificate=" + p.serverCert(),
                "--ca-cert=" + p.caCert())));
        command.addAll(List.of("--pidfile=" + dirs.ovsdbServerPid(), "--detach", "--log-file=" + dirs.ovsdbServerLog(),
                "--unixctl=" + dirs.ovsdbServerCtl()));
        ToolResult launched = tools.runDetaching(command, dirs.consoleOf("ovsdb-server"));
        if (!launched.succeeded()) {
            throw new SandboxException("ovsdb-server failed to start (exit " + launched.exitCode() + "): "
                    + launched.stderr().strip() + SandboxLogs.describeTail(dirs.ovsdbServerLog()));
        }
        process.attach();
        awaitReady(process);
    }

    private void awaitReady(DaemonProcess process) {
        boolean ready = Polling.await(() -> !process.isRunning() || DbSocketProbe.answers(dirs.dbSocket()),
                spec.startTimeout());
        if (!process.isRunning()) {
            throw new SandboxException("ovsdb-server exited during start-up"
                    + SandboxLogs.describeTail(dirs.ovsdbServerLog()));
        }
        if (!ready) {
            throw new SandboxException("ovsdb-server did not answer list_dbs on " + dirs.dbSocket() + " within "
                    + spec.startTimeout() + SandboxLogs.describeTail(dirs.ovsdbServerLog()));
        }
    }

    /** Adds one passive remote at run time and returns the port the server logged for it. */
    private int addRemote(DaemonProcess process, String remote) {
        int before = ListeningPorts.in(SandboxLogs.read(dirs.ovsdbServerLog())).size();
        tools.run(spec.binaries().ovsAppctl(), "-t", dirs.ovsdbServerCtl().toString(), "ovsdb-server/add-remote",
                remote).orThrow();
        AtomicReference<List<Integer>> ports = new AtomicReference<>(List.of());
        Duration timeout = spec.startTimeout();
        boolean bound = Polling.await(() -> {
            ports.set(ListeningPorts.in(SandboxLogs.read(dirs.ovsdbServerLog())));
            return ports.get().size() > before || !process.isRunning();
        }, timeout);
        if (!bound || ports.get().size() <= before) {
            throw new SandboxException("ovsdb-server did not report a listening port for " + remote + " within "
                    + timeout + SandboxLogs.describeTail(dirs.ovsdbServerLog()));
        }
        return ports.get().get(before);
    }
}
