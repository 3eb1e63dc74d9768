package io.ovsguard.cli.parse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a {@code -v/--verbose=SPEC} argument with ovs-vsctl's grammar: words separated by spaces, commas, colons or
 * tabs, each a destination ({@code console}, {@code syslog}, {@code file}), a level ({@code off} ... {@code dbg}), a
 * log module, or {@code any}, at most one of each kind; or {@code PATTERN:DESTINATION:...} or
 * {@code FACILITY:NAME}. Case does not matter.
 */
public final class VerbositySpec {

    private static final Pattern SEPARATORS = Pattern.compile("[ ,:\\t]+");
    private static final Set<String> DESTINATIONS = Set.of("console", "syslog", "file");
    private static final Set<String> LEVELS = Set.of("off", "emer", "err", "warn", "info", "dbg");
    private static final Set<String> FACILITIES = Set.of("kern", "user", "mail", "daemon", "auth", "syslog", "lpr",
            "news", "uucp", "clock", "ftp", "ntp", "audit", "alert", "clock2", "local0", "local1", "local2", "local3",
            "local4", "local5", "local6", "local7");
    /** The log modules linked into ovs-vsctl 3.1 (checked against the installed binary). */
    private static final Set<String> MODULES = Set.of(
            "backtrace", "bundle", "command_line", "conntrack", "conntrack_tp", "coverage", "ct_dpif",
            "db_ctl_base", "dns_resolve", "dpdk", "dpif", "dpif_lookup_autovalidator", "dpif_lookup_generic",
            "dpif_mfex_extract_study", "dpif_netdev", "dpif_netdev_extract", "dpif_netdev_impl",
            "dpif_netdev_lookup", "dpif_netlink", "dpif_netlink_rtnl", "entropy", "fatal_signal", "flow",
            "hmap", "ipf", "jsonrpc", "meta_flow", "native_tnl", "netdev", "netdev_afxdp", "netdev_linux",
            "netdev_offload", "netdev_offload_tc", "netdev_vport", "netlink", "netlink_conntrack",
            "netlink_notifier", "netlink_socket", "nx_match", "odp_execute", "odp_execute_impl", "odp_util",
            "ofp_actions", "ofp_bundle", "ofp_connection", "ofp_errors", "ofp_flow", "ofp_group", "ofp_match",
            "ofp_meter", "ofp_monitor", "ofp_msgs", "ofp_packet", "ofp_port", "ofp_protocol", "ofp_queue",
            "ofp_table", "ofp_util", "ovs_numa", "ovs_rcu", "ovs_replay", "ovs_router", "ovs_thread",
            "ovsdb_cs", "ovsdb_error", "ovsdb_idl", "ox_stat", "pmd_perf", "poll_loop", "process", "reconnect",
            "route_table", "sha1", "signals", "socket_util", "socket_util_unix", "stream", "stream_fd",
            "stream_replay", "stream_ssl", "stream_tcp", "stream_unix", "svec", "tc", "timeval", "unixctl",
            "userspace_tso", "util", "uuid", "vconn", "vconn_stream", "vlog", "vsctl");

    private VerbositySpec() {
    }

    /** Why ovs-vsctl would reject {@code spec}, or empty if it is acceptable. */
    public static Optional<String> problem(String spec) {
        List<String> words = words(spec);
        if (!words.isEmpty() && words.get(0).equalsIgnoreCase("pattern")) {
            if (words.size() < 2) {
                return Optional.of("missing destination");
            }
            String destination = words.get(1);
            boolean known = destination.equalsIgnoreCase("any")
                    || DESTINATIONS.contains(destination.toLowerCase(Locale.ROOT));
            return known ? Optional.empty() : Optional.of("unknown destination \"" + destination + "\"");
        }
        if (!words.isEmpty() && words.get(0).equalsIgnoreCase("facility")) {
            String rest = spec.substring(spec.toLowerCase(Locale.ROOT).indexOf("facility") + "facility".length());
            String facility = rest.isEmpty() ? "" : rest.substring(1);
            return FACILITIES.contains(facility) ? Optional.empty() : Optional.of("invalid facility");
        }
        boolean destination = false;
        boolean level = false;
        boolean module = false;
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.equals("any")) {
                continue;
            }
            if (DESTINATIONS.contains(lower)) {
                if (destination) {
                    return Optional.of("cannot specify multiple destinations");
                }
                destination = true;
            } else if (LEVELS.contains(lower)) {
                if (level) {
                    return Optional.of("cannot specify multiple levels");
                }
                level = true;
            } else if (MODULES.contains(lower)) {
                if (module) {
                    return Optional.of("cannot specify multiple modules");
                }
                module = true;
            } else {
                return Optional.of("no destination, level, or module \"" + word + "\"");
            }
        }
        return Optional.empty();
    }

    private static List<String> words(String spec) {
        return SEPARATORS.splitAsStream(spec).filter(w -> !w.isEmpty()).toList();
    }
}
