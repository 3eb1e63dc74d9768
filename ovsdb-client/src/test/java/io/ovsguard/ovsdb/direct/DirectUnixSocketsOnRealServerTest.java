package io.ovsguard.ovsdb.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.error.ConnectionException;
import io.ovsguard.ovsdb.error.OutcomeUnknownException;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.SandboxSpec;
import io.ovsguard.sandbox.junit.HostPrerequisite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both unix-socket implementations of the direct client (the JNI library and the JDK's channels) against a real
 * ovsdb-server: the same requests, replies and failures whichever carries the bytes.
 */
class DirectUnixSocketsOnRealServerTest {

    private static OvsSandbox sandbox;

    @BeforeAll
    static void startServer() {
        HostPrerequisite.require(Files.isExecutable(Path.of("/usr/sbin/ovsdb-server")), "Open vSwitch is not installed");
        sandbox = OvsSandbox.start(SandboxSpec.ovsdbOnly());
        sandbox.vsctl("--no-wait", "init").orThrow();
    }

    @AfterAll
    static void stopServer() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @ParameterizedTest(name = "native library: {0}")
    @ValueSource(booleans = {true, false})
    void writesAndReadsBackAValueLargerThanOneReadOrWrite(boolean nativeUnixSockets) {
        try (BlockingOvsdbClient client = connect(nativeUnixSockets)) {
            DatabaseSchema schema = client.getSchema("Open_vSwitch");
            Map<Atom, Atom> ids = new LinkedHashMap<>();
            for (int i = 0; i < 100; i++) {
                // about 300 KB with escaped and multi-byte characters: many 64 KiB transfers each way
                ids.put(Atom.string("key-" + i + "-" + nativeUnixSockets),
                        Atom.string(("\u00e9\"\\ {}[] " + i + " ").repeat(200)));
            }
            TransactionBuilder write = new TransactionBuilder(schema);
            write.update("Open_vSwitch", List.of(), Row.of(Map.of("external_ids", OvsdbMap.of(ids))));
            client.transact(write.build()).orThrow();

            TransactionBuilder read = new TransactionBuilder(schema);
            int select = read.select("Open_vSwitch", List.<Condition>of(), List.of("external_ids"));
            List<Row> rows = client.transact(read.build()).orThrow().rows(select);

            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("external_ids")).contains(OvsdbMap.of(ids));
        }
    }

    @ParameterizedTest(name = "native library: {0}")
    @ValueSource(booleans = {true, false})
    void closingTheClientEndsATransactTheServerIsHoldingAsOutcomeUnknown(boolean nativeUnixSockets)
            throws Exception {
        requireLibraryFor(nativeUnixSockets);
        OvsdbClient client = DirectOvsdbClients.connect(ConnectionSpec.parseActive(sandbox.unixRemote()),
                ClientOptions.defaults(), nativeUnixSockets);
        DatabaseSchema schema = client.getSchema("Open_vSwitch").get(10, TimeUnit.SECONDS);
        TransactionBuilder never = new TransactionBuilder(schema);
        // the server parks a wait without a timeout until the row matches, which it never will
        never.waitUntil("Open_vSwitch", List.of(), List.of("next_cfg"), Function.EQUAL,
                List.of(Row.of(Map.of("next_cfg", OvsdbSet.of(Atom.integer(-424242))))), OptionalLong.empty());
        CompletableFuture<?> parked = client.transact(never.build());

        client.close();

        assertThatThrownBy(() -> parked.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(OutcomeUnknownException.class);
        client.closeFuture().get(10, TimeUnit.SECONDS);
        assertThat(client.isConnected()).isFalse();
    }

    @ParameterizedTest(name = "native library: {0}")
    @ValueSource(booleans = {true, false})
    void failsToConnectToAMissingSocketWithTheSystemsReason(boolean nativeUnixSockets) {
        requireLibraryFor(nativeUnixSockets);
        ConnectionSpec.Active missing = ConnectionSpec.parseActive("unix:" + sandbox.dir().resolve("none.sock"));
        assertThatThrownBy(() -> DirectOvsdbClients.connect(missing, ClientOptions.defaults(), nativeUnixSockets))
                .isInstanceOf(ConnectionException.class).hasMessageContaining("none.sock")
                .hasMessageContaining("No such file or directory");
    }

    private static void requireLibraryFor(boolean nativeUnixSockets) {
        if (nativeUnixSockets) {
            HostPrerequisite.require(DirectOvsdbClients.usesNativeUnixSockets(),
                    "the native unix-socket library was not built or does not load");
        }
    }

    private static BlockingOvsdbClient connect(boolean nativeUnixSockets) {
        requireLibraryFor(nativeUnixSockets);
        ClientOptions options = ClientOptions.defaults();
        return BlockingOvsdbClient.of(DirectOvsdbClients.connect(ConnectionSpec.parseActive(sandbox.unixRemote()),
                options, nativeUnixSockets), options);
    }
}
