package io.ovsguard.cli.exec;

import java.io.PrintStream;
import java.util.Map;

/**
 * Messages ovs-vsctl prints with {@code ovs_error}: {@code PROGRAM: MESSAGE} on stderr, without ending the run.
 *
 * @param logDirectory where ovs-vswitchd logs ({@code $OVS_LOGDIR} or the compiled-in default), named in hints
 */
record ErrorConsole(PrintStream err, String programName, String logDirectory) {

    static final String DEFAULT_LOGDIR = "/var/log/openvswitch";

    static ErrorConsole of(PrintStream err, String programName, Map<String, String> environment) {
        String logdir = environment.getOrDefault("OVS_LOGDIR", "");
        return new ErrorConsole(err, programName, logdir.isEmpty() ? DEFAULT_LOGDIR : logdir);
    }

    void print(String message) {
        err.println(programName + ": " + message);
        err.flush();
    }
}
