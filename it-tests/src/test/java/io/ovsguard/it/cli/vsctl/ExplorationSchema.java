package io.ovsguard.it.cli.vsctl;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The part of the vswitch schema the exploration writes and reads: each table's record names (as the fixtures build
 * them), and columns with the kind of value they hold. Bogus names are in the mix on purpose.
 */
final class ExplorationSchema {

    /** What a column holds, for choosing values that fit (or nearly fit) it. */
    enum Kind { STRING, INTEGER, BOOLEAN, STRING_MAP, INTEGER_SET, STRING_SET, REFERENCE, REFERENCE_SET, INTEGER_MAP }

    record Column(String name, Kind kind, List<String> words) {
        Column {
            words = List.copyOf(words);
        }
    }

    record Table(String name, List<String> records, List<Column> columns) {
        Table {
            records = List.copyOf(records);
            columns = List.copyOf(columns);
        }
    }

    private static Column col(String name, Kind kind, String... words) {
        return new Column(name, kind, List.of(words));
    }

    static final List<Table> TABLES = List.of(
            new Table("Open_vSwitch", List.of("."), List.of(
                    col("other_config", Kind.STRING_MAP), col("external_ids", Kind.STRING_MAP),
                    col("next_cfg", Kind.INTEGER), col("cur_cfg", Kind.INTEGER),
                    col("ovs_version", Kind.STRING), col("datapath_types", Kind.STRING_SET, "netdev", "system"),
                    col("bridges", Kind.REFERENCE_SET), col("ssl", Kind.REFERENCE),
                    col("manager_options", Kind.REFERENCE_SET), col("dpdk_initialized", Kind.BOOLEAN))),
            new Table("Bridge", List.of("br0", "br1", "fake0", "brX", "b r", "v\\1"), List.of(
                    col("name", Kind.STRING), col("fail_mode", Kind.STRING, "standalone", "secure", "bogus"),
                    col("other_config", Kind.STRING_MAP), col("external_ids", Kind.STRING_MAP),
                    col("protocols", Kind.STRING_SET, "OpenFlow10", "OpenFlow13", "OpenFlow99"),
                    col("stp_enable", Kind.BOOLEAN), col("flood_vlans", Kind.INTEGER_SET),
                    col("datapath_type", Kind.STRING, "netdev", "system", ""),
                    col("datapath_id", Kind.STRING), col("ports", Kind.REFERENCE_SET),
                    col("controller", Kind.REFERENCE_SET), col("mirrors", Kind.REFERENCE_SET),
                    col("netflow", Kind.REFERENCE), col("flow_tables", Kind.INTEGER_MAP),
                    col("status", Kind.STRING_MAP), col("sflow", Kind.REFERENCE), col("ipfix", Kind.REFERENCE))),
            new Table("Port", List.of("p1", "p2", "p3", "bond0", "br0", "pX", "p\"q", "x,y"), List.of(
                    col("name", Kind.STRING), col("tag", Kind.INTEGER), col("trunks", Kind.INTEGER_SET),
                    col("vlan_mode", Kind.STRING, "trunk", "access", "native-tagged", "native-untagged", "x"),
                    col("bond_mode", Kind.STRING, "balance-slb", "active-backup", "balance-tcp", "bad"),
                    col("lacp", Kind.STRING, "active", "passive", "off", "on"), col("mac", Kind.STRING),
                    col("bond_updelay", Kind.INTEGER), col("other_config", Kind.STRING_MAP),
                    col("external_ids", Kind.STRING_MAP), col("fake_bridge", Kind.BOOLEAN),
                    col("interfaces", Kind.REFERENCE_SET), col("qos", Kind.REFERENCE),
                    col("statistics", Kind.STRING_MAP), col("protected", Kind.BOOLEAN))),
            new Table("Interface", List.of("p1", "p2", "i1", "i2", "br0", "iX", "\u00fc1"), List.of(
                    col("name", Kind.STRING), col("type", Kind.STRING, "internal", "dpdk", "patch", "vxlan", ""),
                    col("options", Kind.STRING_MAP), col("ofport_request", Kind.INTEGER),
                    col("mtu_request", Kind.INTEGER), col("ingress_policing_rate", Kind.INTEGER),
                    col("mac", Kind.STRING), col("external_ids", Kind.STRING_MAP),
                    col("other_config", Kind.STRING_MAP), col("admin_state", Kind.STRING, "up", "down"),
                    col("cfm_remote_mpids", Kind.INTEGER_SET), col("lacp_current", Kind.BOOLEAN),
                    col("bfd", Kind.STRING_MAP))),
            new Table("Controller", List.of("br0", "br1"), List.of(
                    col("target", Kind.STRING), col("max_backoff", Kind.INTEGER),
                    col("inactivity_probe", Kind.INTEGER),
                    col("connection_mode", Kind.STRING, "in-band", "out-of-band", "x"),
                    col("other_config", Kind.STRING_MAP), col("external_ids", Kind.STRING_MAP),
                    col("is_connected", Kind.BOOLEAN), col("enable_async_messages", Kind.BOOLEAN))),
            new Table("Manager", List.of("ptcp:6640", "tcp:127.0.0.1:6641", "pssl:1"), List.of(
                    col("target", Kind.STRING), col("inactivity_probe", Kind.INTEGER),
                    col("max_backoff", Kind.INTEGER), col("external_ids", Kind.STRING_MAP),
                    col("connection_mode", Kind.STRING, "in-band", "out-of-band"))),
            new Table("SSL", List.of("."), List.of(
                    col("private_key", Kind.STRING), col("certificate", Kind.STRING), col("ca_cert", Kind.STRING),
                    col("bootstrap_ca_cert", Kind.BOOLEAN), col("external_ids", Kind.STRING_MAP))),
            new Table("QoS", List.of("p1", "p2"), List.of(
                    col("type", Kind.STRING, "linux-htb", "linux-hfsc", ""), col("queues", Kind.INTEGER_MAP),
                    col("other_config", Kind.STRING_MAP), col("external_ids", Kind.STRING_MAP))),
            new Table("Queue", List.of(), List.of(
                    col("dscp", Kind.INTEGER), col("other_config", Kind.STRING_MAP),
                    col("external_ids", Kind.STRING_MAP))),
            new Table("Mirror", List.of("m0", "mX"), List.of(
                    col("name", Kind.STRING), col("select_all", Kind.BOOLEAN),
                    col("select_src_port", Kind.REFERENCE_SET), col("output_port", Kind.REFERENCE),
                    col("select_vlan", Kind.INTEGER_SET), col("output_vlan", Kind.INTEGER),
                    col("external_ids", Kind.STRING_MAP))),
            new Table("NetFlow", List.of("br0", "br1"), List.of(
                    col("targets", Kind.STRING_SET, "127.0.0.1:5566", "10.0.0.1:1"),
                    col("active_timeout", Kind.INTEGER), col("engine_id", Kind.INTEGER),
                    col("add_id_to_interface", Kind.BOOLEAN), col("external_ids", Kind.STRING_MAP))),
            new Table("Flow_Table", List.of("t0", "tX"), List.of(
                    col("name", Kind.STRING), col("flow_limit", Kind.INTEGER),
                    col("overflow_policy", Kind.STRING, "refuse", "evict", "x"),
                    col("groups", Kind.STRING_SET, "a", "b"), col("prefixes", Kind.STRING_SET, "ip_src", "ip_dst"),
                    col("external_ids", Kind.STRING_MAP))),
            new Table("AutoAttach", List.of(), List.of(
                    col("system_name", Kind.STRING), col("mappings", Kind.INTEGER_MAP))),
            new Table("sFlow", List.of("br0", "br1"), List.of(
                    col("agent", Kind.STRING, "lo", "eth0"), col("header", Kind.INTEGER),
                    col("polling", Kind.INTEGER), col("sampling", Kind.INTEGER),
                    col("targets", Kind.STRING_SET, "127.0.0.1:6343", "10.0.0.1:1"),
                    col("external_ids", Kind.STRING_MAP))),
            new Table("IPFIX", List.of("br0", "br1"), List.of(
                    col("targets", Kind.STRING_SET, "127.0.0.1:4739", "10.0.0.1:1"), col("sampling", Kind.INTEGER),
                    col("obs_domain_id", Kind.INTEGER), col("obs_point_id", Kind.INTEGER),
                    col("cache_active_timeout", Kind.INTEGER), col("cache_max_flows", Kind.INTEGER),
                    col("other_config", Kind.STRING_MAP), col("external_ids", Kind.STRING_MAP))),
            new Table("Flow_Sample_Collector_Set", List.of("1", "2", "-1"), List.of(
                    col("id", Kind.INTEGER), col("bridge", Kind.REFERENCE), col("ipfix", Kind.REFERENCE),
                    col("external_ids", Kind.STRING_MAP))),
            new Table("Datapath", List.of(), List.of(
                    col("datapath_version", Kind.STRING), col("ct_zones", Kind.INTEGER_MAP),
                    col("capabilities", Kind.STRING_MAP), col("external_ids", Kind.STRING_MAP))),
            new Table("CT_Zone", List.of(), List.of(
                    col("timeout_policy", Kind.REFERENCE), col("external_ids", Kind.STRING_MAP))),
            new Table("CT_Timeout_Policy", List.of(), List.of(
                    col("timeouts", Kind.STRING_MAP), col("external_ids", Kind.STRING_MAP))));

    /** Abbreviations and misspellings that the table-name lookup must handle as ovs-vsctl does. */
    private static final Map<String, List<String>> TABLE_SPELLINGS = Map.of(
            "Open_vSwitch", List.of("open", "o", "open_vswitch", "OPEN_VSWITCH"),
            "Bridge", List.of("bridge", "br", "b", "BRIDGE"),
            "Interface", List.of("interface", "i", "in", "iface"),
            "Port", List.of("port", "p", "po"),
            "Controller", List.of("controller", "c", "co"),
            "sFlow", List.of("sflow", "SFLOW", "sf"),
            "Flow_Sample_Collector_Set", List.of("flow_sample", "f", "fl", "Flow_Sample_Collector_Set "),
            "CT_Zone", List.of("ct_zone", "ct", "CT_"));

    private ExplorationSchema() {
    }

    static Table table(Random random) {
        return TABLES.get(random.nextInt(TABLES.size()));
    }

    static Table table(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** The table's name as typed: mostly exact, sometimes abbreviated, differently cased or wrong. */
    static String spelling(Random random, Table table) {
        int roll = random.nextInt(20);
        List<String> spellings = TABLE_SPELLINGS.get(table.name());
        if (roll == 0) {
            return List.of("Bogus", "", "Bridgee", "Q", "_uuid", "s").get(random.nextInt(6));
        }
        if (roll < 3 && spellings != null) {
            return spellings.get(random.nextInt(spellings.size()));
        }
        return table.name();
    }
}
