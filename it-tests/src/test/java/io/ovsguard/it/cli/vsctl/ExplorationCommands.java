package io.ovsguard.it.cli.vsctl;

import io.ovsguard.it.cli.vsctl.ExplorationSchema.Column;
import io.ovsguard.it.cli.vsctl.ExplorationSchema.Kind;
import io.ovsguard.it.cli.vsctl.ExplorationSchema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random ovs-vsctl commands (name, per-command options and arguments) for one sequence. It remembers which tables
 * the sequence may have added rows to: new rows get random uuids, and ovs-vsctl prints a table's rows, {@code show}
 * and any uuid set in uuid order, so output listing new rows beside others would differ between two runs of
 * ovs-vsctl itself. Commands that would print that are not generated.
 */
final class ExplorationCommands {

    static final List<String> BRIDGES = List.of("br0", "br1", "fake0", "brX", "nb1", "nb2", "p1", "b r", "v\\1");
    static final List<String> PORTS = List.of("p1", "p2", "p3", "bond0", "br0", "pX", "np1", "i1", "p\"q",
            "\u00fc1", "x,y");
    static final List<String> IFACES = List.of("p1", "i1", "i2", "iX", "ni1", "br0", "bond0", "\u00fc1", "p\"q");
    private static final List<String> TARGETS = List.of("tcp:127.0.0.1:6653", "ptcp:6654", "unix:/tmp/x",
            "punix:/tmp/y", "ssl:1.2.3.4:6653", "bogus:1", "tcp:1.2.3.4", "ptcp:6640", "tcp:127.0.0.1:6641", "");
    /** Which table each reference column of the exploration schema points to. */
    private static final Map<String, String> REFERENCES = Map.ofEntries(Map.entry("bridges", "Bridge"),
            Map.entry("manager_options", "Manager"), Map.entry("ssl", "SSL"), Map.entry("ports", "Port"),
            Map.entry("controller", "Controller"), Map.entry("mirrors", "Mirror"), Map.entry("netflow", "NetFlow"),
            Map.entry("flow_tables", "Flow_Table"), Map.entry("interfaces", "Interface"), Map.entry("qos", "QoS"),
            Map.entry("queues", "Queue"), Map.entry("select_src_port", "Port"), Map.entry("output_port", "Port"),
            Map.entry("sflow", "sFlow"), Map.entry("ipfix", "IPFIX"), Map.entry("bridge", "Bridge"),
            Map.entry("ct_zones", "CT_Zone"), Map.entry("timeout_policy", "CT_Timeout_Policy"));
    private static final Set<String> SHOWN = Set.of("Open_vSwitch", "Bridge", "Port", "Interface", "Controller",
            "Manager");

    private static final Set<Kind> UNLIMITED = Set.of(Kind.STRING_MAP, Kind.INTEGER_MAP, Kind.INTEGER_SET,
            Kind.STRING_SET, Kind.REFERENCE_SET);
    private static final Set<String> ORDERINGS = Set.of("<", ">", "<=", ">=");
    private static final Set<String> ROOTS = Set.of("Open_vSwitch", "QoS", "Queue", "Flow_Sample_Collector_Set");
    private static final List<String> DATAPATH_TYPES = List.of("netdev", "netdev", "system", "", "bogus");
    /** Numbers only: ovs-vsctl 3.1 goes on with an uninitialised zone id after any other zone argument. */
    private static final List<String> ZONES = List.of("1", "2", "3", "0", "65535", "65536", "0x10", "-1", "010");
    private static final List<String> TIMEOUTS = List.of("icmp_first", "icmp_reply", "udp_first", "udp_single",
            "tcp_syn_sent", "tcp_established", "bogus");

    private final Random random;
    /** A careful sequence makes no typing mistakes, so its commands get past parsing and do things. */
    private final boolean careful;
    private final Set<String> grown = new HashSet<>();
    /** Whether a command of the line being built destroys rows (later commands may crash ovs-vsctl). */
    private boolean destroyed;
    /** Whether a command of the line being built is del-bond-iface. */
    private boolean bondShrunk;
    /** Whether, after a del-bond-iface, a command of the line rebuilt ovs-vsctl's picture of the switch. */
    private boolean pictureRebuilt;
    /** Commands after which ovs-vsctl builds its picture of the switch again. */
    private static final Set<String> REBUILDERS = Set.of("set", "add", "remove", "clear", "add-br", "emer-reset");

    ExplorationCommands(Random random, boolean careful) {
        this.random = random;
        this.careful = careful;
    }

    /** True one time in {@code n}, never in a careful sequence. */
    private boolean slip(int n) {
        return !careful && random.nextInt(n) == 0;
    }

    /** Starts the next command line. */
    void newLine() {
        destroyed = false;
        bondShrunk = false;
        pictureRebuilt = false;
    }

    private List<String> shrinkBond(List<String> words) {
        bondShrunk = true;
        return words;
    }

    /** One command with its options, or an empty list when the draw fell on something this sequence must avoid. */
    List<String> next() {
        if (destroyed) {
            // commands on rows destroyed earlier in the line crash ovs-vsctl 3.1 (cli/ENGINE.md)
            return List.of();
        }
        List<String> command = draw();
        if (bondShrunk && command.stream().anyMatch(REBUILDERS::contains)) {
            pictureRebuilt = true;
        }
        return command;
    }

    private List<String> draw() {
        int roll = random.nextInt(100);
        if (roll < 45) {
            return databaseCommand();
        }
        if (pictureRebuilt) {
            // ovs-vsctl 3.1's rebuilt picture still holds the interface del-bond-iface deleted (cli/ENGINE.md)
            return List.of();
        }
        if (roll < 97) {
            return switchCommand();
        }
        if (careful) {
            return switchCommand();
        }
        return List.of(pick(List.of("bogus-command", "list-bridges", "add-brr", "LIST-BR", "-", "--")));
    }

    private List<String> switchCommand() {
        String br = pick(BRIDGES);
        String port = pick(PORTS);
        String iface = pick(IFACES);
        List<String> words = switch (random.nextInt(31)) {
            case 0 -> grow(List.of("init"), "Open_vSwitch");
            // show after del-bond-iface in one line reads the dropped interface: ovs-vsctl 3.1 aborts
            case 1 -> grown.stream().anyMatch(SHOWN::contains) || bondShrunk ? List.of() : List.of("show");
            case 2 -> random.nextInt(4) == 0 ? List.of("emer-reset") : List.of("list-br");
            case 3 -> grow(random.nextInt(3) == 0 ? List.of(opt("--may-exist"), "add-br", br, pick(BRIDGES),
                    ExplorationValues.integer(random)) : List.of(opt("--may-exist"), "add-br", br),
                    "Bridge", "Port", "Interface");
            case 4 -> List.of(opt("--if-exists"), "del-br", br);
            case 5 -> List.of("br-exists", br);
            case 6 -> List.of(pick(List.of("br-to-vlan", "br-to-parent")), br);
            case 7 -> random.nextBoolean() ? List.of("br-set-external-id", br, ExplorationValues.key(random))
                    : List.of("br-set-external-id", br, ExplorationValues.key(random), ExplorationValues.string(random));
            case 8 -> random.nextBoolean() ? List.of("br-get-external-id", br)
                    : List.of("br-get-external-id", br, ExplorationValues.key(random));
            case 9 -> List.of(pick(List.of("list-ports", "list-ifaces")), br);
            case 10, 11 -> grow(concat(List.of(opt("--may-exist"), "add-port", br, port), settings("Port")),
                    "Port", "Interface");
            case 12 -> grow(concat(List.of(opt("--may-exist"), opt("--fake-iface"),
                    opt("--lacp=" + pick(List.of("active", "passive", "off", "bad"))), "add-bond", br, port,
                    iface, pick(IFACES)), settings("Port")), "Port", "Interface");
            case 13 -> grow(List.of(opt("--may-exist"), "add-bond-iface", port, iface), "Interface");
            case 14 -> shrinkBond(random.nextBoolean() ? List.of(opt("--if-exists"), "del-bond-iface", port, iface)
                    : List.of(opt("--if-exists"), "del-bond-iface", iface));
            case 15, 16 -> random.nextBoolean()
                    ? List.of(opt("--if-exists"), opt("--with-iface"), "del-port", port)
                    : List.of(opt("--if-exists"), opt("--with-iface"), "del-port", br, port);
            case 17 -> List.of("port-to-br", port);
            case 18 -> List.of("iface-to-br", iface);
            case 19 -> List.of(pick(List.of("get-controller", "del-controller", "get-fail-mode", "del-fail-mode")),
                    br);
            case 20 -> grow(concat(List.of("set-controller", br), targets()), "Controller");
            case 21 -> List.of("set-fail-mode", br, pick(List.of("standalone", "secure", "bogus", "")));
            case 22 -> List.of(pick(List.of("get-manager", "del-manager", "get-ssl", "del-ssl")));
            case 23 -> grow(concat(List.of(opt("--inactivity-probe=" + ExplorationValues.integer(random)),
                    "set-manager"), targets()), "Manager");
            case 24 -> grow(List.of(opt("--bootstrap"), "set-ssl", pick(List.of("/k", "")), "/c",
                    pick(List.of("/ca", "a b"))), "SSL");
            case 25 -> grow(List.of(pick(List.of("add-aa-mapping", "del-aa-mapping")), br,
                    ExplorationValues.integer(random), ExplorationValues.integer(random)), "AutoAttach");
            case 26 -> List.of("get-aa-mapping", br);
            case 27 -> List.of("comment", ExplorationValues.string(random));
            case 28 -> List.of(pick(List.of("list-zone-tp", "list-dp-cap")), pick(DATAPATH_TYPES));
            case 29 -> zoneCommand();
            default -> List.of("br-exists", ExplorationValues.string(random));
        };
        return mistype(words);
    }

    /**
     * add-zone-tp or del-zone-tp, always with a numeric zone: ovs-vsctl 3.1 aborts on del-zone-tp without one and goes
     * on with an uninitialised zone id after a zone argument that is no number (cli/ENGINE.md).
     */
    private List<String> zoneCommand() {
        String zone = "zone=" + pick(ZONES);
        if (random.nextBoolean()) {
            return List.of(opt("--if-exists"), "del-zone-tp", pick(DATAPATH_TYPES), zone);
        }
        List<String> words = new ArrayList<>(List.of(opt("--may-exist"), "add-zone-tp", pick(DATAPATH_TYPES), zone));
        // a zone out of range beside a bad timeout breaks two constraints, and which one the server names follows
        // the order of the random uuids ovs-vsctl gives the new rows: such a zone gets good timeouts only
        boolean zoneInRange = !zone.equals("zone=-1") && !zone.equals("zone=65536");
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            words.add(zoneInRange
                    ? pick(TIMEOUTS) + (slip(8) ? ":" : "=") + ExplorationValues.integer(random)
                    : pick(TIMEOUTS.subList(0, TIMEOUTS.size() - 1)) + "=" + random.nextInt(100));
        }
        return grow(words, "CT_Zone", "CT_Timeout_Policy");
    }

    private List<String> databaseCommand() {
        Table table = ExplorationSchema.table(random);
        String name = careful ? table.name() : ExplorationSchema.spelling(random, table);
        List<String> words = switch (random.nextInt(11)) {
            case 0, 1 -> listOrFind(table, name, "list");
            case 2 -> listOrFind(table, name, "find");
            case 3, 4 -> get(table, name);
            case 5 -> concat(List.of(opt("--if-exists"), "set", name, record(table)), settings(table.name()));
            case 6 -> elements(table, name, pick(List.of("add", "remove")));
            case 7 -> concat(List.of(opt("--if-exists"), "clear", name, record(table)), columns(table, 1 + random
                    .nextInt(2), false));
            // a second SSL row: ovs-vsctl 3.1 (and ovsguard alike) waits forever for the table to be empty
            case 8 -> table.name().equals("SSL") ? List.of() : grow(concat(List.of(createId(table), "create",
                    name), settings(table.name())), table.name());
            case 9 -> destroy(table, name);
            default -> concat(List.of("wait-until", name, record(table)), conditions(table, false));
        };
        return mistype(words);
    }

    private List<String> destroy(Table table, String name) {
        destroyed = true;
        return random.nextInt(4) == 0 ? List.of(opt("--all"), "destroy", name)
                : List.of(opt("--if-exists"), "destroy", name, record(table));
    }

    /**
     * {@code --id} for create: always on a table that is not a root, because there ovs-vsctl (and ovsguard alike)
     * waits forever for the table to be empty when the row is created without one.
     */
    private String createId(Table table) {
        String id = "--id=" + pick(List.of("@a", "@b", "@a", "a", "@"));
        return ROOTS.contains(table.name()) ? opt(id) : id;
    }

    private List<String> listOrFind(Table table, String name, String command) {
        boolean some = command.equals("list") && random.nextBoolean();
        if (!some && grown.contains(table.name())) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        List<String> shown = columns(table, 1 + random.nextInt(3), true);
        if (random.nextBoolean() || printsGrownSet(table)) {
            words.add("--columns=" + String.join(",", shown));
        }
        words.add(command);
        words.add(name);
        if (some) {
            words.add(record(table));
            if (random.nextBoolean()) {
                words.add(record(table));
            }
        } else if (command.equals("find")) {
            words.addAll(conditions(table, true));
        }
        return words;
    }

    private List<String> get(Table table, String name) {
        List<String> words = new ArrayList<>(List.of(opt("--if-exists"), opt("--id=" + pick(List.of("@a", "@b",
                "a"))), "get", name, record(table)));
        for (String column : columns(table, random.nextInt(3), true)) {
            Column spec = table.columns().stream().filter(c -> c.name().equals(column)).findFirst().orElse(null);
            if (spec != null && (spec.kind() == Kind.STRING_MAP || spec.kind() == Kind.INTEGER_MAP)
                    && random.nextBoolean()) {
                words.add(column + ":" + (spec.kind() == Kind.INTEGER_MAP ? ExplorationValues.integer(random)
                        : ExplorationValues.key(random)));
            } else {
                words.add(column);
            }
        }
        return words;
    }

    private List<String> elements(Table table, String name, String command) {
        Column column = pickColumn(table);
        List<String> words = new ArrayList<>(List.of(opt("--if-exists"), command, name, record(table),
                column.name()));
        // a scalar (or three-element) column: several elements make the server refuse the set and quote it in the
        // order of ovs-vsctl's IDL hash table, which ovsguard reproduces for every atom but a uuid
        if (!UNLIMITED.contains(column.kind()) || column.name().equals("prefixes")) {
            int count = column.kind() == Kind.REFERENCE ? 1 : 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                words.add(switch (column.kind()) {
                    case INTEGER -> Integer.toString(random.nextInt(100));
                    case BOOLEAN -> Boolean.toString(random.nextBoolean());
                    case REFERENCE -> "x";
                    default -> ExplorationValues.key(random);
                });
            }
            return words;
        }
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            boolean keyOnly = command.equals("remove") && column.kind() == Kind.STRING_MAP && random.nextBoolean();
            words.add(keyOnly ? ExplorationValues.key(random) : ExplorationValues.element(random, column));
        }
        if (column.kind() == Kind.REFERENCE_SET || column.kind() == Kind.INTEGER_MAP) {
            grown.add(table.name());
        }
        return words;
    }

    /** {@code COL=VALUE} and {@code COL:KEY=VALUE} arguments for set, create, add-port and add-bond. */
    private List<String> settings(String tableName) {
        Table table = ExplorationSchema.table(tableName);
        List<String> words = new ArrayList<>();
        int count = random.nextInt(3) + (tableName.equals("Port") ? 0 : 1);
        for (int i = 0; i < count; i++) {
            Column column = pickColumn(table);
            if (column.kind() == Kind.STRING_MAP && random.nextBoolean()) {
                words.add(column.name() + ":" + ExplorationValues.key(random) + "=" + ExplorationValues.string(random));
            } else {
                words.add(column(table, column) + (slip(6) ? pick(List.of(":", "!=", "", "==")) : "=")
                        + ExplorationValues.value(random, column, careful));
            }
            if (column.kind() == Kind.REFERENCE_SET || column.kind() == Kind.INTEGER_MAP) {
                grown.add(tableName);
            }
        }
        return words;
    }

    private List<String> conditions(Table table, boolean any) {
        List<String> words = new ArrayList<>();
        int count = random.nextInt(any ? 3 : 2);
        for (int i = 0; i < count; i++) {
            Column column = pickColumn(table);
            String operator = pick(List.of("=", "!=", "<", ">", "<=", ">=", "{=}", "{!=}", "{<}", "{>}", "{<=}",
                    "{>=}", "=="));
            String left = column.kind() == Kind.STRING_MAP && random.nextBoolean()
                    ? column.name() + ":" + ExplorationValues.key(random) : column(table, column);
            String right = left.contains(":") ? ExplorationValues.string(random)
                    : ExplorationValues.value(random, column, careful);
            if (ORDERINGS.contains(operator) && right.contains("@")) {
                // ordered against a new symbol's random uuid: ovs-vsctl's answer changes from run to run
                operator = "=";
            }
            words.add(left + operator + right);
        }
        return words;
    }

    private List<String> columns(Table table, int count, boolean printing) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Column column = pickColumn(table);
            if (printing && printsGrown(column)) {
                continue;
            }
            names.add(printing && random.nextInt(15) == 0 ? "_uuid" : column(table, column));
        }
        return names;
    }

    /** The column's name as typed: mostly right, sometimes abbreviated, differently cased or unknown. */
    private String column(Table table, Column column) {
        if (slip(25)) {
            return pick(List.of("bogus", "", "Name", "_version", "name:", "ex"));
        }
        if (slip(25) && column.name().length() > 3) {
            return column.name().substring(0, 3);
        }
        return column.name();
    }

    private boolean printsGrownSet(Table table) {
        return table.columns().stream().anyMatch(this::printsGrown);
    }

    private boolean printsGrown(Column column) {
        String target = REFERENCES.get(column.name());
        return target != null && grown.contains(target) && column.kind() != Kind.REFERENCE;
    }

    private String record(Table table) {
        if (slip(12) || table.records().isEmpty()) {
            return pick(List.of("@a", "@b", DifferentialRunner.BASELINE_ROOT_UUID, "00000000", "nope", "",
                    "11111111-2222-3333-4444-555555555555"));
        }
        return pick(table.records());
    }

    private Column pickColumn(Table table) {
        return table.columns().get(random.nextInt(table.columns().size()));
    }

    private List<String> targets() {
        int count = random.nextInt(3);
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            targets.add(pick(TARGETS));
        }
        return targets;
    }

    /** Now and then a word too few or too many, the arity errors. */
    private List<String> mistype(List<String> words) {
        List<String> kept = new ArrayList<>(words);
        kept.removeIf(w -> w.equals(NO_OPTION));
        if (kept.isEmpty()) {
            return kept;
        }
        if (slip(30) && kept.size() > 1) {
            kept.remove(kept.size() - 1);
        } else if (slip(30)) {
            // an empty timeout policy crashes ovs-vsctl 3.1's add-zone-tp (cli/ENGINE.md)
            kept.add(pick(kept.contains("add-zone-tp") ? List.of("extra", "br0") : List.of("extra", "br0", "")));
        }
        return kept;
    }

    private static final String NO_OPTION = "\u0000none";

    /** The option now and then, on any command that might take it (a wrong one is an error worth comparing). */
    private String opt(String option) {
        return random.nextInt(4) == 0 ? option : NO_OPTION;
    }

    private List<String> grow(List<String> words, String... tables) {
        grown.addAll(List.of(tables));
        return words;
    }

    private String pick(List<String> options) {
        return ExplorationValues.pick(random, options);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
