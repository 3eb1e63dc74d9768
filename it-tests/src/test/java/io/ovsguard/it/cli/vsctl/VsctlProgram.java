package io.ovsguard.it.cli.vsctl;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Something that runs an ovs-vsctl command line against the database under a run directory. */
interface VsctlProgram {

    /** Runs {@code args} with the default database {@code unix:RUNDIR/db.sock}. */
    ToolOutcome run(Path runDir, List<String> args);

    /** The environment both programs get: every OVS directory is the sandbox's. */
    static Map<String, String> environment(Path runDir) {
        String dir = runDir.toString();
        return Map.of("OVS_RUNDIR", dir, "OVS_LOGDIR", dir, "OVS_DBDIR", dir, "OVS_SYSCONFDIR", dir);
    }
}
