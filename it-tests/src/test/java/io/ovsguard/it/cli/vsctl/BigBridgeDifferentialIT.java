package io.ovsguard.it.cli.vsctl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.sandbox.junit.RequiresOvs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The port commands that fetch only the rows they name (add-port, add-bond, del-port, port-to-br, iface-to-br,
 * br-exists) against ovs-vsctl on a bridge with a few hundred ports, a second bridge and a fake bridge: name
 * clashes with ports and interfaces that were not fetched whole, {@code --may-exist} mismatches, fake bridges and
 * VLAN parents, lines mixing them with commands that read the whole picture. And the commands that fetch less
 * once the database shows no port in two bridges and no interface in two ports (list-br, list-ports, del-br), on a
 * consistent database and on each inconsistency ovs-vsctl warns about, with show and list-ifaces beside them. Exit status, stdout, stderr and the
 * final database must be the same, as in {@link VsctlDifferentialIT}.
 */
@RequiresOvs
class BigBridgeDifferentialIT {

    private static final int PORTS = 300;

    private static DifferentialServers servers;
    private static DifferentialRunner runner;

    @BeforeAll
    static void startServers() {
        servers = new DifferentialServers();
        runner = new DifferentialRunner(servers.reference(), servers.candidate(), ExternalProgram.realVsctl(),
                Map.of(CorpusCase.Route.IN_PROCESS, new InProcessOvsguard()));
    }

    @AfterAll
    static void stopServers() {
        if (servers != null) {
            servers.close();
        }
    }

    /** big with PORTS ports b0..., a bond, a fake bridge vlan10 on it with two ports, br1 with two ports. */
    private static List<List<String>> bigBridge() {
        List<String> ports = new ArrayList<>();
        for (int i = 0; i < PORTS; i++) {
            ports.addAll(List.of("--", "add-port", "big", "b" + i));
        }
        return List.of(words("add-br big -- add-br br1 -- add-br vlan10 big 10"), ports,
                words("add-port br1 c0 -- add-port br1 c1 -- add-port vlan10 f0 -- add-port vlan10 f1"
                        + " -- add-bond big bond0 ba bb"));
    }

    private static List<String> words(String line) {
        return Arrays.asList(line.split(" "));
    }

    private static CorpusCase bigCase(String name, List<List<String>> extraSetup, String... steps) {
        List<List<String>> setup = new ArrayList<>(bigBridge());
        setup.addAll(extraSetup);
        List<CorpusCase.Step> runs = Stream.of(steps)
                .map(s -> new CorpusCase.Step(words(s), CorpusCase.Route.IN_PROCESS, true)).toList();
        return new CorpusCase("BigBridgeDifferentialIT", name, false, setup, Map.of(), runs);
    }

    static List<CorpusCase> cases() {
        return List.of(
                bigCase("adds and deletes ports and bonds", List.of(),
                        "add-port big new0", "add-port big new1 tag=7 other_config:x=y", "add-port vlan10 new2",
                        "add-bond big bond1 n3 n4 lacp=active", "add-bond big bond2 n5", "del-port big b1",
                        "del-port b2", "del-port br1 c0", "del-port vlan10 f0", "--with-iface del-port bb",
                        "add-port big b1", "list-ports vlan10", "port-to-br f1", "port-to-br new0",
                        "iface-to-br n3", "iface-to-br ba", "br-exists vlan10", "br-exists nope", "br-exists big"),
                bigCase("refuses names in use", List.of(),
                        "add-port big b5", "add-port br1 b5", "add-port big c1", "add-port big big",
                        "add-port big br1", "add-port big vlan10", "add-port big ba", "add-port vlan10 c1",
                        "add-bond big x9 c1 b7", "add-bond big b9 q1 q2", "add-bond big q3 q4 ba",
                        "add-port nobr x", "del-port nobr b5", "del-port br1 b5", "del-port vlan10 b5",
                        "del-port big f1", "del-port big nope", "--if-exists del-port big nope", "del-port big big",
                        "del-port nope", "--with-iface del-port nope", "--with-iface del-port big ba",
                        "port-to-br nope", "port-to-br big", "port-to-br vlan10", "iface-to-br nope",
                        "iface-to-br big"),
                bigCase("--may-exist compares with what exists", List.of(),
                        "--may-exist add-port big b5", "--may-exist add-port br1 b5",
                        "--may-exist add-port vlan10 b5", "--may-exist add-bond big bond0 ba bb",
                        "--may-exist add-bond big bond0 bb ba", "--may-exist add-bond big bond0 ba bc",
                        "--may-exist add-port big bond0", "--may-exist add-port vlan10 f1",
                        "--may-exist add-port big f1", "--may-exist add-port big new7"),
                bigCase("lines mixing scoped and whole reads", List.of(),
                        "add-port big x1 -- list-ports br1", "add-port big x2 -- del-port big x2",
                        "del-port big b8 -- add-port big b8", "add-port big x3 -- add-port br1 x3",
                        "list-br -- add-port big x4", "add-port big x5 -- port-to-br x5",
                        "del-port big b9 -- port-to-br b9", "add-port br1 x6 -- iface-to-br x6 -- br-exists br1",
                        "add-bond br1 y0 y1 y2 -- --with-iface del-port y2", "del-port big b10 -- del-port big b10"),
                bigCase("a port of the big bridge also in another bridge",
                        List.of(words("-- --id=@p get Port b3 -- add Bridge br1 ports @p")),
                        "port-to-br b3", "iface-to-br b3", "del-port br1 b3", "port-to-br b3"),
                bigCase("deletes the big bridge and its fake bridge", List.of(),
                        "del-br vlan10", "list-ports big", "del-br big", "list-br"),
                bigCase("lists a consistent big bridge", List.of(),
                        "list-br", "--real list-br", "--fake list-br", "list-ports big", "list-ports vlan10",
                        "list-ports br1", "list-ifaces big", "list-ifaces vlan10", "show", "list-ports nope",
                        "list-br -- list-ports br1", "list-ports big -- add-port br1 z0 -- list-br",
                        "list-ports vlan10 -- list-ifaces vlan10", "--oneline list-br -- list-ports vlan10"),
                bigCase("lists with a port in two bridges",
                        List.of(words("-- --id=@p get Port b3 -- add Bridge br1 ports @p")),
                        "list-br", "--fake list-br", "list-ports br1", "list-ports big", "list-ifaces br1", "show",
                        "list-br -- add-port big z1"),
                bigCase("lists with an interface in two ports",
                        List.of(words("-- --id=@i get Interface b4 -- add Port c0 interfaces @i")),
                        "list-br", "list-ports big", "list-ports br1", "list-ifaces br1", "list-br -- del-port c1"),
                bigCase("lists with two ports holding the same interface",
                        List.of(words("-- --id=@i get Interface c1 -- --id=@p create Port name=q interfaces=@i"
                                + " -- add Bridge br1 ports @p")),
                        "list-br", "list-ports br1", "list-ifaces br1"),
                bigCase("lists with two fake bridges for one VLAN",
                        List.of(words("-- --id=@i create Interface name=vlan10b -- --id=@p create Port name=vlan10b"
                                + " fake_bridge=true tag=10 interfaces=@i -- add Bridge big ports @p")),
                        "list-br", "--fake list-br", "list-ports vlan10", "list-ports vlan10b", "list-ports big"),
                bigCase("deletes a fake bridge with ports tagged on its parent",
                        List.of(words("add-port big t1 tag=10 -- add-port big t2 tag=11 -- add-port br1 t3 tag=10")),
                        "del-br vlan10", "list-ports big", "list-ports br1", "del-br br1 -- list-br",
                        "add-br vlan11 big 11 -- list-ports vlan11", "del-br big", "list-br"),
                bigCase("deletes bridges with a port in two bridges",
                        List.of(words("-- --id=@p get Port b3 -- add Bridge br1 ports @p")),
                        "del-br br1", "list-ports big", "del-br big", "list-br"),
                bigCase("deletes bridges with an interface in two ports",
                        List.of(words("-- --id=@i get Interface b4 -- add Port c0 interfaces @i")),
                        "del-br br1", "list-ifaces big", "del-br vlan10 -- list-br", "del-br big"));
    }

    @TestFactory
    Stream<DynamicTest> scopedCommandsOnABigBridgeBehaveLikeOvsVsctl() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            CaseComparison comparison = runner.run(c);
            assertThat(comparison.differences()).as(comparison::describe).isEmpty();
        }));
    }
}
