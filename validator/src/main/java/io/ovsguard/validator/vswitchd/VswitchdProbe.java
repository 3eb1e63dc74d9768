package io.ovsguard.validator.vswitchd;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What can be asked of a local ovs-vswitchd besides the database: its datapath, its DPDK heaps and pools (through
 * unixctl) and its log. Each part is optional: a remote switch has none, and then every answer is empty.
 */
public final class VswitchdProbe {

    private static final Logger log = LoggerFactory.getLogger(VswitchdProbe.class);
    private static final Pattern DATAPATH_PORT = Pattern.compile("^\\s*port \\d+: (\\S+)", Pattern.MULTILINE);

    private final Optional<Unixctl> unixctl;
    private final Optional<Path> logFile;

    public VswitchdProbe(Optional<Unixctl> unixctl, Optional<Path> logFile) {
        this.unixctl = unixctl;
        this.logFile = logFile;
    }

    /** A switch whose ovsdb-server is all we can reach. */
    public static VswitchdProbe remote() {
        return new VswitchdProbe(Optional.empty(), Optional.empty());
    }

    /** A switch on this host: its unixctl socket (e.g. {@code /var/run/openvswitch/ovs-vswitchd.PID.ctl}) and log. */
    public static VswitchdProbe local(Path ctlSocket, Path logFile) {
        return new VswitchdProbe(Optional.of(AppctlUnixctl.of(ctlSocket)), Optional.of(logFile));
    }

    public boolean hasUnixctl() {
        return unixctl.isPresent();
    }

    /** Marks the log's end so that {@link VswitchdLog#linesSinceMark()} returns what comes after. */
    public Optional<VswitchdLog> markLog() {
        return logFile.map(VswitchdLog::markEnd);
    }

    /** True when ovs-vswitchd answers on its unixctl socket; empty when there is no socket to ask. */
    public Optional<Boolean> responsive() {
        return ask(List.of("version")).map(UnixctlReply::succeeded);
    }

    /**
     * The port names {@code dpctl/show} lists. It exits non-zero when one port cannot report its state, yet the
     * ports it prints are still the datapath's, so its output is used whenever it printed any.
     */
    public Optional<Set<String>> datapathPorts() {
        return ask(List.of("dpctl/show")).filter(r -> r.succeeded() || !r.stdout().isBlank())
                .map(r -> ports(r.stdout()));
    }

    /** The DPDK malloc heaps; empty list when DPDK is not running or the command is unknown. */
    public List<HeapStats> heaps() {
        return ask(List.of("dpdk/get-malloc-stats")).filter(UnixctlReply::succeeded)
                .map(r -> HeapStats.parse(r.stdout())).orElse(List.of());
    }

    public Optional<MempoolInfo> mempool(String port) {
        return ask(List.of("netdev-dpdk/get-mempool-info", port)).filter(UnixctlReply::succeeded)
                .flatMap(r -> MempoolInfo.parse(r.stdout()));
    }

    static Set<String> ports(String dpctlShow) {
        Set<String> names = new HashSet<>();
        Matcher m = DATAPATH_PORT.matcher(dpctlShow);
        while (m.find()) {
            names.add(m.group(1));
        }
        return Set.copyOf(names);
    }

    private Optional<UnixctlReply> ask(List<String> command) {
        if (unixctl.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(unixctl.get().call(command));
        } catch (VswitchdSignalException e) {
            log.debug("unixctl {} failed: {}", command, e.getMessage());
            return Optional.empty();
        }
    }
}
