package io.ovsguard.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Configures and (re)starts the sandbox's DPDK ovs-vswitchd, and cleans up what the EAL leaves behind. Readiness is
 * {@code dpdk_initialized=true} written by this very start (the column is reset to false first, because conf.db keeps
 * the previous run's value) and {@code cur_cfg} having caught up with {@code next_cfg}.
 */
final class VswitchdLauncher {
    /** Where the EAL keeps per-prefix runtime files, even with {@code --in-memory}. */
    static final Path DPDK_RUNTIME_ROOT = Path.of("/var/run/dpdk");

    /**
     * Internal and system ports become in-process dummies instead of kernel tap devices. Tap names ("ovs-netdev",
     * "br0") are global to the host: a second sandbox, or a restart while the killed daemon still holds its taps,
     * would fail with "creating tap device failed: Device or resource busy" and leave the datapath broken. DPDK
     * ports are unaffected.
     */
    static final String DUMMY_KERNEL_PORTS = "--enable-dummy=override";

    private final SandboxSpec spec;
    private final VswitchdSpec vswitchd;
    private final SandboxDirs dirs;
    private final ToolRunner tools;
    private final DaemonProcess process;

    VswitchdLauncher(SandboxSpec spec, VswitchdSpec vswitchd, SandboxDirs dirs, ToolRunner tools) {
        this.spec = spec;
        this.vswitchd = vswitchd;
        this.dirs = dirs;
        this.tools = tools;
        this.process = new DaemonProcess("ovs-vswitchd", dirs.vswitchdPid(), dirs.vswitchdLog(), tools);
    }

    DaemonProcess process() {
        return process;
    }

    /** The EAL's runtime directory for this sandbox's file prefix. */
    Path dpdkRuntimeDir() {
        return DPDK_RUNTIME_ROOT.resolve(dirs.name());
    }

    /**
     * Writes the DPDK settings into Open_vSwitch.other_config, and {@code ovs_version} as Open vSwitch's start script
     * ({@code ovs-ctl}) records it on a real host (ovs-vswitchd itself writes only {@code dpdk_version}); done once,
     * before the first start.
     */
    void configure() {
        List<String> args = new ArrayList<>(List.of("--no-wait", "set", "Open_vSwitch", "."));
        for (Map.Entry<String, String> e : vswitchd.otherConfig(dirs.name()).entrySet()) {
            args.add("other_config:" + quoted(e.getKey()) + "=" + quoted(e.getValue()));
        }
        ovsVersion().ifPresent(version -> args.add("ovs_version=" + quoted(version)));
        vsctl(args).orThrow();
    }

    /** The version {@code ovs-vswitchd --version} reports ("... (Open vSwitch) 3.1.0"), if it reports one. */
    private Optional<String> ovsVersion() {
        ToolResult version = tools.run(spec.binaries().vswitchdDpdk(), "--version");
        return version.succeeded() ? OvsVersionLine.parse(version.stdout()) : Optional.empty();
    }

    /**
     * Starts ovs-vswitchd and waits until DPDK is initialised and the configuration is applied. A previous
     * incarnation that was killed gets up to the stop timeout to finish exiting first: until its last thread is gone
     * it holds the pid-file lock and its hugepages, and the new daemon would refuse to start or find no memory.
     */
    void start(HugepageReservation hugepages) {
        if (process.isRunning() && !process.awaitExit(spec.stopTimeout())) {
            throw new SandboxException("ovs-vswitchd is already running (pid " + process.pid().orElseThrow() + ")");
        }
        // a killed EAL leaves its runtime directory behind; remove it only once its owner is gone
        removeDpdkRuntimeDir();
        HugetlbfsMount.ensureMounted(tools);
        hugepages.reassert();
        vsctl(List.of("--no-wait", "set", "Open_vSwitch", ".", "dpdk_initialized=false")).orThrow();
        List<String> command = List.of(spec.binaries().vswitchdDpdk().toString(), "unix:" + dirs.dbSocket(),
                "--pidfile=" + dirs.vswitchdPid(), "--detach", "--log-file=" + dirs.vswitchdLog(),
                "--unixctl=" + dirs.vswitchdCtl(), "--verbose=netdev_dpdk:file:dbg", DUMMY_KERNEL_PORTS);
        long logStart = SandboxLogs.size(dirs.vswitchdLog());
        ToolResult launched = tools.runDetaching(command, dirs.consoleOf("ovs-vswitchd"));
        if (!launched.succeeded()) {
            throw new SandboxException("ovs-vswitchd failed to start (exit " + launched.exitCode() + ")"
                    + SandboxLogs.describeConsole(launched.stderr())
                    + SandboxLogs.describeTailSince(dirs.vswitchdLog(), logStart));
        }
        process.attach();
        awaitReady(logStart);
    }

    /** Stops ovs-vswitchd by its pid file and removes the EAL's runtime directory. */
    void stop() {
        process.stop(spec.stopTimeout());
        removeDpdkRuntimeDir();
    }

    void removeDpdkRuntimeDir() {
        SandboxArtifacts.deleteTree(dpdkRuntimeDir());
    }

    private void awaitReady(long logStart) {
        // each probe runs ovs-vsctl; on a loaded 2-core host a tighter loop would compete with the daemon it waits for
        boolean ready = Polling.await(() -> !process.isRunning() || isReady(), spec.startTimeout(),
                Duration.ofMillis(100));
        if (!process.isRunning()) {
            throw new SandboxException("ovs-vswitchd exited during start-up"
                    + SandboxLogs.describeTailSince(dirs.vswitchdLog(), logStart));
        }
        if (!ready) {
            process.stop(spec.stopTimeout());
            throw new SandboxException("ovs-vswitchd did not report dpdk_initialized=true with cur_cfg caught up"
                    + " within " + spec.startTimeout() + SandboxLogs.describeTailSince(dirs.vswitchdLog(), logStart));
        }
    }

    private boolean isReady() {
        ToolResult state = vsctl(List.of("get", "Open_vSwitch", ".", "dpdk_initialized", "cur_cfg", "next_cfg"));
        if (!state.succeeded()) {
            return false;
        }
        List<String> values = state.output().lines().toList();
        return values.size() == 3 && values.get(0).equals("true")
                && Long.parseLong(values.get(1)) >= Long.parseLong(values.get(2));
    }

    private ToolResult vsctl(List<String> args) {
        List<String> command = new ArrayList<>(List.of(spec.binaries().ovsVsctl().toString(),
                "--db=unix:" + dirs.dbSocket()));
        command.addAll(args);
        return tools.run(command);
    }

    /** An OVSDB string literal, so values with spaces or '=' (dpdk-extra) reach the column unchanged. */
    static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
