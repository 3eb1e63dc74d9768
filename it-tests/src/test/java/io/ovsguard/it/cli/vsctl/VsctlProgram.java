package io.ovsguard.it.cli.vsctl;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Something that runs an ovs-vsctl command line against the database under a run directory. */
interface VsctlProgram {

    /**
     * Runs {@code args} with the default database {@code unix:RUNDIR/db.sock}, in the {@link #environment}
     * changed by {@code overrides}.
     */
    ToolOutcome run(Path runDir, List<String> args, Map<String, String> overrides);

    default ToolOutcome run(Path runDir, List<String> args) {
        return run(runDir, args, Map.of());
    }

    /** The environment both programs get: every OVS directory is the sandbox's, unless a case overrides it. */
    static Map<String, String> environment(Path runDir, Map<String, String> overrides) {
        String dir = runDir.toString();
        Map<String, String> env = new HashMap<>(
                Map.of("OVS_RUNDIR", dir, "OVS_LOGDIR", dir, "OVS_DBDIR", dir, "OVS_SYSCONFDIR", dir));
        env.putAll(overrides);
        return Map.copyOf(env);
    }
}
