package io.ovsguard.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.sandbox.Daemon;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.SandboxSpec;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real ovsdb-server: the fixture leaves the rows ovs-vsctl's own add-port and del-port would. */
class PortFixtureTest {

    private static OvsSandbox sandbox;
    private static PortFixture ports;

    @BeforeAll
    static void start() {
        sandbox = OvsSandbox.start(SandboxSpec.ovsdbOnly());
        sandbox.vsctl("--no-wait", "add-br", "br0", "--", "add-br", "br1").orThrow();
        ports = PortFixture.connect(sandbox.unixRemote());
    }

    @AfterAll
    static void stop() {
        if (ports != null) {
            ports.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void aPortPutInPlaceHasTheRowsOfOvsVsctlsAddPort() {
        ports.ensure("br0", "fx1", true);
        sandbox.vsctl("--no-wait", "add-port", "br1", "vs1").orThrow();

        assertThat(sandbox.vsctl("list-ports", "br0").orThrow().output()).isEqualTo("fx1");
        assertThat(rowsWithoutUuids("fx1")).isEqualTo(rowsWithoutUuids("vs1").replace("vs1", "fx1"));
        sandbox.vsctl("--no-wait", "del-port", "vs1").orThrow();
    }

    @Test
    void aPortTakenAwayLeavesNoPortOrInterfaceRow() {
        ports.ensure("br0", "fx2", true);
        ports.ensure("br0", "fx2", true);
        assertThat(sandbox.vsctl("--columns=name", "find", "Port", "name=fx2").orThrow().output()).contains("fx2");

        ports.ensure("br0", "fx2", false);
        ports.ensure("br0", "fx2", false);

        assertThat(sandbox.vsctl("list-ports", "br0").orThrow().output()).doesNotContain("fx2");
        assertThat(sandbox.vsctl("find", "Port", "name=fx2").orThrow().output()).isEmpty();
        assertThat(sandbox.vsctl("find", "Interface", "name=fx2").orThrow().output()).isEmpty();
    }

    @Test
    void settlingIsARoundTripOnAConnectionOfItsOwn() {
        sandbox.appctl(Daemon.OVSDB_SERVER, "vlog/set", "jsonrpc:file:dbg").orThrow();
        try {
            int start = sandbox.ovsdbServerLog().length();
            ports.ensure("br0", "fx3", true);
            ports.settle();

            // the server may write its log lines just after its replies: wait for the settling reply's line
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!sandbox.ovsdbServerLog().substring(start).contains("method=\"list_dbs\"")
                    && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            String log = sandbox.ovsdbServerLog().substring(start);
            String fixtureConnection = connectionOf(log, "method=\"transact\"");
            String settleConnection = connectionOf(log, "method=\"list_dbs\"");
            assertThat(settleConnection).isNotEqualTo(fixtureConnection);
            assertThat(log).contains(settleConnection + ": send reply");
        } finally {
            sandbox.appctl(Daemon.OVSDB_SERVER, "vlog/set", "jsonrpc:file:info").orThrow();
            ports.ensure("br0", "fx3", false);
        }
    }

    /** The connection ({@code unix#N}) of the first request in {@code log} whose line holds {@code method}. */
    private static String connectionOf(String log, String method) {
        String line = log.lines().filter(l -> l.contains("received request") && l.contains(method)).findFirst()
                .orElseThrow(() -> new AssertionError("no request " + method + " in the server's log:\n" + log));
        Matcher connection = Pattern.compile("(unix#\\d+):").matcher(line);
        assertThat(connection.find()).as(line).isTrue();
        return connection.group(1);
    }

    /** The port's and its interface's columns as ovs-vsctl lists them, without the uuids and the interface link. */
    private static String rowsWithoutUuids(String name) {
        String port = sandbox.vsctl("list", "Port", name).orThrow().stdout();
        String iface = sandbox.vsctl("list", "Interface", name).orThrow().stdout();
        return (port + iface).lines().filter(line -> !line.startsWith("_uuid") && !line.startsWith("interfaces"))
                .reduce("", (all, line) -> all + line + "\n");
    }
}
