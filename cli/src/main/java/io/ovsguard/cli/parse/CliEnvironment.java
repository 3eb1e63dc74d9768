package io.ovsguard.cli.parse;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the process was started with besides its arguments: the name it was invoked as and the environment.
 *
 * @param programName the base name of {@code $0} (without a libtool {@code lt-} prefix), used in ovs-vsctl's own
 *                    messages; {@code ovs-vsctl} when ovsguard is installed under that name
 * @param argv0       {@code $0} as typed, which the C library's option errors print
 */
public record CliEnvironment(String programName, String argv0, Map<String, String> variables) {

    public static final String DEFAULT_PROGRAM = "ovsguard";
    /** ovs-vsctl's compiled-in run directory on Debian. */
    public static final String DEFAULT_RUNDIR = "/var/run/openvswitch";
    public static final String DEFAULT_LOGDIR = "/var/log/openvswitch";
    /** The name under which every output must be byte-identical to ovs-vsctl's. */
    public static final String VSCTL_NAME = "ovs-vsctl";

    public CliEnvironment {
        Objects.requireNonNull(programName, "programName");
        Objects.requireNonNull(argv0, "argv0");
        variables = Map.copyOf(variables);
    }

    /**
     * Reads the program name from the system properties {@code ovsguard.program} and {@code ovsguard.argv0}, which
     * the launcher sets from {@code $0}, and takes the process environment.
     */
    public static CliEnvironment fromSystem() {
        String argv0 = Optional.ofNullable(System.getProperty("ovsguard.argv0"))
                .or(() -> Optional.ofNullable(System.getProperty("ovsguard.program")))
                .orElse(DEFAULT_PROGRAM);
        String program = Optional.ofNullable(System.getProperty("ovsguard.program")).orElse(argv0);
        return new CliEnvironment(baseName(program), argv0, System.getenv());
    }

    /** An environment invoked as {@code programName} with the given variables. */
    public static CliEnvironment of(String programName, Map<String, String> variables) {
        return new CliEnvironment(baseName(programName), programName, variables);
    }

    /** The base name of a path, without a libtool {@code lt-} prefix, as OVS derives its program name. */
    public static String baseName(String path) {
        String base = path.substring(path.lastIndexOf('/') + 1);
        return base.startsWith("lt-") ? base.substring(3) : base;
    }

    /** True when invoked as ovs-vsctl, where help and listings must match ovs-vsctl's exactly. */
    public boolean isVsctlCompatible() {
        return programName.equals(VSCTL_NAME);
    }

    /** {@code unix:$OVS_RUNDIR/db.sock}, falling back to the compiled-in run directory when unset or empty. */
    public String defaultDatabase() {
        return "unix:" + runDirectory(variables) + "/db.sock";
    }

    /**
     * {@code $OVS_RUNDIR}, or the compiled-in run directory when it is unset or empty: where the default database
     * socket is, and what a relative {@code unix:} path is relative to.
     */
    public static String runDirectory(Map<String, String> variables) {
        String value = variables.get("OVS_RUNDIR");
        return value == null || value.isEmpty() ? DEFAULT_RUNDIR : value;
    }

    /** The log file {@code --log-file} without an argument names: {@code $OVS_LOGDIR/PROGRAM.log}. */
    public String defaultLogFile() {
        return directory("OVS_LOGDIR", DEFAULT_LOGDIR) + "/" + programName + ".log";
    }

    private String directory(String variable, String fallback) {
        String value = variables.get(variable);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
