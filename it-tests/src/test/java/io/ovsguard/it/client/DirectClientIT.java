package io.ovsguard.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.direct.DirectOvsdbClients;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.junit.HostPrerequisite;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import io.ovsguard.sandbox.junit.WithSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Netty-free direct client against a real ovsdb-server with messages far larger than one write or one read:
 * a request is written as the codec's chunks (64 KiB each) and a reply is cut from many reads.
 */
@RequiresOvs
@ExtendWith(OvsSandboxExtension.class)
class DirectClientIT {

    @WithSandbox
    static OvsSandbox sandbox;

    @Test
    void writesAndReadsBackAValueSpanningManyChunksAndReads() {
        sandbox.vsctl("--no-wait", "init").orThrow();
        ClientOptions options = ClientOptions.builder().build();
        try (BlockingOvsdbClient client = BlockingOvsdbClient.of(
                DirectOvsdbClients.connect(ConnectionSpec.parseActive(sandbox.unixRemote()), options), options)) {
            DatabaseSchema schema = client.getSchema("Open_vSwitch");
            Map<Atom, Atom> ids = new LinkedHashMap<>();
            for (int i = 0; i < 200; i++) {
                // 200 keys of 2 KB each, with characters JSON escapes and multi-byte UTF-8: about 400 KB of request
                ids.put(Atom.string(String.format("key-%03d", i)),
                        Atom.string(("\u00e9\"\\ {}[] " + i + " ").repeat(150)));
            }
            TransactionBuilder write = new TransactionBuilder(schema);
            write.update("Open_vSwitch", List.of(), Row.of(Map.of("external_ids", OvsdbMap.of(ids))));
            client.transact(write.build()).orThrow();

            TransactionBuilder read = new TransactionBuilder(schema);
            int select = read.select("Open_vSwitch", List.<Condition>of());
            List<Row> rows = client.transact(read.build()).orThrow().rows(select);

            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("external_ids")).contains(OvsdbMap.of(ids));
        }
    }

    @Test
    void runsOnTheNativeUnixSocketsAsTheLauncherDoes() {
        // it-tests/pom.xml names the library as bin/ovsguard does; a wrong path would silently test the fallback.
        // Built with gcc (scripts/install-deps.sh installs it): CI fails without it, a developer's run skips.
        HostPrerequisite.require(Files.isRegularFile(Path.of(System.getProperty("ovsguard.native.library", ""))),
                "the native unix-socket library was not built (no gcc?)");
        assertThat(DirectOvsdbClients.usesNativeUnixSockets()).isTrue();
    }

    @Test
    void reachesTheServerThroughASocketPathLongerThanASocketAddressHolds() throws Exception {
        HostPrerequisite.require(DirectOvsdbClients.usesNativeUnixSockets(),
                "the native unix-socket library was not built (no gcc?); the JDK's channels refuse such paths");
        sandbox.vsctl("--no-wait", "init").orThrow();
        Path longName = Files.createTempDirectory("ovsg-long").resolve("l".repeat(120));
        Files.createSymbolicLink(longName, sandbox.dir());
        ClientOptions options = ClientOptions.builder().build();
        try (BlockingOvsdbClient client = BlockingOvsdbClient.of(DirectOvsdbClients.connect(
                ConnectionSpec.parseActive("unix:" + longName.resolve("db.sock")), options), options)) {
            assertThat(client.listDatabases()).contains("Open_vSwitch");
        } finally {
            Files.delete(longName);
            Files.delete(longName.getParent());
        }
    }
}
