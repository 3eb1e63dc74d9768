package io.ovsguard.it.cli.vsctl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A seeded source of random differential cases: a starting state (one of a few fixtures) and one to four command
 * lines, each one to three commands joined by {@code --}, with global and per-command options. Sequence {@code i}
 * of seed {@code s} is the same case on every run, so a difference reproduces from its seed and index alone.
 */
final class ExplorationSequences {

    /** A starting state: whether it starts without the Open_vSwitch row, and the ovs-vsctl lines that build it. */
    private record Fixture(String name, boolean emptyDb, List<String> setup) {
    }

    private static final List<Fixture> FIXTURES = List.of(
            new Fixture("empty", true, List.of()),
            new Fixture("init", false, List.of()),
            new Fixture("switch", false, List.of(
                    "add-br br0 -- add-port br0 p1 -- add-port br0 p2 tag=5 -- add-bond br0 bond0 i1 i2"
                            + " -- add-br fake0 br0 10 -- add-port fake0 p3 -- add-br br1",
                    "set-controller br0 tcp:127.0.0.1:6653 ptcp:6654 -- set-fail-mode br0 secure"
                            + " -- set-manager ptcp:6640 tcp:127.0.0.1:6641",
                    "set Bridge br0 external_ids:k=v 'other_config:x=\"a b\"' -- set Interface p1 type=internal"
                            + " options:a=b -- set Port p1 trunks=1,2,3 -- br-set-external-id br1 key value",
                    "set-ssl /k /c /ca -- --id=@m create Mirror name=m0 select_all=true -- add Bridge br0 mirrors @m"
                            + " -- --id=@q create QoS type=linux-htb other_config:max-rate=100 queues:0=@u"
                            + " -- --id=@u create Queue dscp=5 -- set Port p1 qos=@q",
                    "--id=@t create Flow_Table name=t0 -- set Bridge br1 flow_tables:0=@t"
                            + " -- --id=@n create NetFlow targets='\"127.0.0.1:5566\"' -- set Bridge br1 netflow=@n"
                            + " -- add-aa-mapping br0 100 200")),
            // sampling and conntrack: sFlow, IPFIX, a collector set, a datapath with zones and timeout policies
            new Fixture("telemetry", false, List.of(
                    "add-br br0 -- add-port br0 p1 -- add-br br1 -- add-port br1 p2 -- add-bond br1 bond0 i1 i2",
                    "-- --id=@s create sFlow agent=lo targets='\"127.0.0.1:6343\"' sampling=64"
                            + " -- set Bridge br0 sflow=@s -- --id=@i create IPFIX targets='\"127.0.0.1:4739\"'"
                            + " obs_domain_id=3 -- set Bridge br1 ipfix=@i -- --id=@b get Bridge br1"
                            + " -- --id=@f create Flow_Sample_Collector_Set id=1 bridge=@b ipfix=@i",
                    "-- --id=@d create Datapath datapath_version=0 -- set Open_vSwitch . datapaths:netdev=@d",
                    "add-zone-tp netdev zone=1 icmp_first=1 -- add-zone-tp netdev zone=2 tcp_syn_sent=5 udp_first=3")),
            // names and values that need quoting, escapes and unicode in every output format
            new Fixture("odd", false, List.of(
                    "add-br 'b r' -- add-port 'b r' 'p\"q' -- add-port 'b r' \u00fc1 -- add-br 'v\\1' 'b r' 4095"
                            + " -- add-port 'v\\1' x,y",
                    "set Bridge 'b r' 'external_ids:\"a b\"=\"c\\\"d\"' 'external_ids:\u00e9=\u65e5\u672c'"
                            + " 'other_config:empty=\"\"' 'other_config:\"{}\"=\"[]\"'"
                            + " -- set Port 'p\"q' trunks=1,2,3,4095 'other_config:\"k=v\"=\"x:y\"'"
                            + " -- set Interface \u00fc1 'options:remote_ip=\"1.2.3.4\"'"
                            + " 'options:key=\"tab\\there\"' 'external_ids:nl=\"a\\nb\"'")));

    private static final List<String> FORMATS = List.of("list", "table", "csv", "json", "html", "bogus", "TABLE");
    private static final List<String> DATA = List.of("string", "bare", "json", "bogus");

    private final long seed;

    ExplorationSequences(long seed) {
        this.seed = seed;
    }

    CorpusCase sequence(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        int roll = random.nextInt(10);
        Fixture fixture = FIXTURES.get(roll == 0 ? random.nextInt(2) : roll < 3 ? 4 : roll < 5 ? 3 : 2);
        ExplorationCommands commands = new ExplorationCommands(random, random.nextBoolean());
        List<CorpusCase.Step> steps = new ArrayList<>();
        int lines = 1 + random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            steps.add(new CorpusCase.Step(line(random, commands), CorpusCase.Route.IN_PROCESS, true));
        }
        List<List<String>> setup = fixture.setup().stream().map(ShellWords::split).toList();
        return new CorpusCase("explore", "seed " + seed + " sequence " + index + " [" + fixture.name() + "]",
                fixture.emptyDb(), setup, Map.of(), steps);
    }

    private static List<String> line(Random random, ExplorationCommands commands) {
        List<String> words = new ArrayList<>(globalOptions(random));
        int count = 1 + random.nextInt(3);
        commands.newLine();
        boolean first = true;
        for (int i = 0; i < count; i++) {
            List<String> command = commands.next();
            if (command.isEmpty()) {
                continue;
            }
            if (!first) {
                words.add("--");
            }
            words.addAll(command);
            first = false;
        }
        if (first) {
            words.add("list-br");
        }
        if (words.contains("wait-until")) {
            // a condition that never holds waits forever, in both tools alike
            words.add(0, "--timeout=1");
        }
        return words;
    }

    private static List<String> globalOptions(Random random) {
        List<String> options = new ArrayList<>();
        if (random.nextInt(3) != 0) {
            return options;
        }
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(10)) {
                case 0 -> options.add(random.nextBoolean() ? "-f" : "--format");
                case 1 -> options.add("--format=" + ExplorationValues.pick(random, FORMATS));
                case 2 -> options.add("-d");
                case 3 -> options.add("--data=" + ExplorationValues.pick(random, DATA));
                case 4 -> options.add("--no-headings");
                case 5 -> options.add("--pretty");
                case 6 -> options.add("--bare");
                case 7 -> options.add("--oneline");
                case 8 -> options.add("--dry-run");
                default -> options.add(ExplorationValues.pick(random, List.of("--if-exists", "--may-exist",
                        "--all", "--with-iface", "--columns=name", "-x", "--bogus", "--commands", "--options",
                        "-V", "--no-syslog", "--timeout=5", "--retry", "--no-wait")));
            }
            String last = options.get(options.size() - 1);
            if (last.equals("-f") || last.equals("--format")) {
                options.add(ExplorationValues.pick(random, FORMATS));
            } else if (last.equals("-d")) {
                options.add(ExplorationValues.pick(random, DATA));
            }
        }
        return options;
    }

    /** The case as a corpus block ({@link CorpusReader}'s syntax), ready to paste into a {@code *.vsctl} file. */
    static String asCorpusText(CorpusCase corpusCase) {
        StringBuilder text = new StringBuilder("case ").append(corpusCase.name()).append('\n');
        if (corpusCase.emptyDb()) {
            text.append("empty-db\n");
        }
        for (List<String> setup : corpusCase.setup()) {
            text.append("setup ").append(quoted(setup)).append('\n');
        }
        for (CorpusCase.Step step : corpusCase.steps()) {
            text.append("run ").append(quoted(step.args())).append('\n');
        }
        return text.toString();
    }

    private static String quoted(List<String> words) {
        return words.stream().map(ShellWords::quote).collect(Collectors.joining(" "));
    }
}
