package io.ovsguard.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A sandbox left running after the JVM that started it exited ({@link OvsSandbox#detach()}), found again by its
 * directory. Its daemons are known only through their pid files there, so it can be inspected and stopped from
 * another process, e.g. {@code ovsguard sandbox status|stop DIR}.
 */
public final class DetachedSandbox {

    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(30);

    private final SandboxDirs dirs;
    private final DaemonProcess ovsdbServer;
    private final DaemonProcess vswitchd;

    private DetachedSandbox(SandboxDirs dirs) {
        this.dirs = dirs;
        ToolRunner tools = new ToolRunner(dirs.dir(), TOOL_TIMEOUT);
        this.ovsdbServer = new DaemonProcess("ovsdb-server", dirs.ovsdbServerPid(), dirs.ovsdbServerLog(), tools);
        this.vswitchd = new DaemonProcess("ovs-vswitchd", dirs.vswitchdPid(), dirs.vswitchdLog(), tools);
        attachIfStarted(ovsdbServer, dirs.ovsdbServerPid());
        attachIfStarted(vswitchd, dirs.vswitchdPid());
    }

    /** The sandbox in {@code dir}; a directory without a sandbox database is an error naming it. */
    public static DetachedSandbox at(Path dir) {
        SandboxDirs dirs = new SandboxDirs(dir);
        if (!Files.isRegularFile(dirs.confDb())) {
            throw new SandboxException("no sandbox in " + dirs.dir() + " (no conf.db)");
        }
        return new DetachedSandbox(dirs);
    }

    public Path dir() {
        return dirs.dir();
    }

    public String unixRemote() {
        return "unix:" + dirs.dbSocket();
    }

    public Optional<Long> ovsdbServerPid() {
        return ovsdbServer.pid();
    }

    public Optional<Long> vswitchdPid() {
        return vswitchd.pid();
    }

    /**
     * Stops ovs-vswitchd, then ovsdb-server, gives back the hugepages the sandbox reserved when it started, and
     * deletes the directory (kept if a step failed).
     */
    public void stop(Duration grace) {
        stop(grace, Hugepages.system());
    }

    /** {@link #stop(Duration)} with the hugepage pool to give the sandbox's pages back to. */
    void stop(Duration grace, Hugepages pool) {
        SandboxTeardown teardown = new SandboxTeardown(dirs);
        teardown.step("stop ovs-vswitchd", () -> vswitchd.stop(grace));
        teardown.step("stop ovsdb-server", () -> ovsdbServer.stop(grace));
        // the JVM that started it left its reservation in the ledger, under the sandbox's name
        teardown.step("return hugepages", () -> pool.releaseOwner(dirs.name()));
        teardown.finish();
    }

    /** A daemon whose pid file names a process that is gone stays unattached and reads as not running. */
    private static void attachIfStarted(DaemonProcess daemon, Path pidFile) {
        if (Files.isRegularFile(pidFile)) {
            try {
                daemon.attach();
            } catch (SandboxException stale) {
                // the pid file outlived its process: the daemon is simply not running
            }
        }
    }
}
