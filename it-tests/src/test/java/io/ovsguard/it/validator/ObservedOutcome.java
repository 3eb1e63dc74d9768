package io.ovsguard.it.validator;

import io.ovsguard.sandbox.Daemon;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.ToolResult;
import io.ovsguard.validator.switchconf.ExistingInterface;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a step really did to a port, classified exactly as calibration-ovs31-dpdk2211.md §1 defines it: <b>ok</b> =
 * no error, ofport &ge; 1, mtu = mtu_request and listed by {@code dpctl/show}; <b>fail</b> = error set and ofport -1;
 * <b>stale</b> = the row looks healthy but the port is not in the datapath or mtu != mtu_request (§4.1). Anything
 * else is {@code unclear}, which never equals a prediction.
 */
record ObservedOutcome(String label, String row, boolean inDatapath) {

    private static final Logger log = LoggerFactory.getLogger(ObservedOutcome.class);
    private static final Pattern DATAPATH_PORT = Pattern.compile("^\\s*port \\d+: (\\S+)", Pattern.MULTILINE);

    static ObservedOutcome observe(OvsSandbox sandbox, SwitchConfig after, String port) {
        ToolResult dpctl = sandbox.appctl(Daemon.VSWITCHD, "dpctl/show");
        // dpctl/show exits 2 ("server returned an error") when a port of the datapath cannot report its state; the
        // ports it lists on stdout are still the datapath's.
        boolean listed = datapathPorts(dpctl.stdout()).contains(port);
        if (!dpctl.succeeded()) {
            log.info("dpctl/show exited {}: stdout {} stderr {}", dpctl.exitCode(), dpctl.stdout(), dpctl.stderr());
        }
        ExistingInterface row = after.interfaceNamed(port).orElseThrow(
                () -> new AssertionError("Interface " + port + " is not in the database after the step"));
        return new ObservedOutcome(classify(row, listed), describe(row), listed);
    }

    static Set<String> datapathPorts(String dpctlShow) {
        Set<String> ports = new HashSet<>();
        Matcher m = DATAPATH_PORT.matcher(dpctlShow);
        while (m.find()) {
            ports.add(m.group(1));
        }
        return ports;
    }

    static String classify(ExistingInterface row, boolean inDatapath) {
        long ofport = row.ofport().orElse(0);
        boolean healthyRow = row.error().isEmpty() && ofport >= 1;
        boolean mtuApplied = row.mtu().isPresent()
                && row.mtu().getAsLong() == row.mtuRequest().orElse(row.mtu().getAsLong());
        if (row.error().isPresent() && ofport == -1) {
            return "fail";
        }
        if (healthyRow && mtuApplied && inDatapath) {
            return "ok";
        }
        if (healthyRow) {
            return "stale";
        }
        return "unclear";
    }

    private static String describe(ExistingInterface row) {
        return "error=" + row.error().map(e -> "\"" + e + "\"").orElse("[]")
                + " ofport=" + (row.ofport().isPresent() ? row.ofport().getAsLong() : "[]")
                + " mtu=" + (row.mtu().isPresent() ? row.mtu().getAsLong() : "[]")
                + " mtu_request=" + (row.mtuRequest().isPresent() ? row.mtuRequest().getAsLong() : "[]");
    }
}
