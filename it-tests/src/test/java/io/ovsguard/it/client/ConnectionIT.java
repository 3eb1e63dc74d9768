package io.ovsguard.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.it.support.Clients;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ClientResources;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.OvsdbClients;
import io.ovsguard.ovsdb.TlsSettings;
import io.ovsguard.ovsdb.error.ConnectionException;
import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.error.RpcErrorException;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.transport.PassiveListener;
import io.ovsguard.sandbox.Daemon;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.SandboxPki;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import io.ovsguard.sandbox.junit.WithSandbox;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every transport against a real ovsdb-server: unix, tcp, ssl (with and without a client certificate), passive. */
@RequiresOvs
@ExtendWith(OvsSandboxExtension.class)
class ConnectionIT {

    @WithSandbox(tcp = true, ssl = true)
    static OvsSandbox sandbox;

    @Test
    void listsTheServersDatabasesOverTheUnixSocket() {
        try (BlockingOvsdbClient client = Clients.unix(sandbox)) {
            assertThat(client.listDatabases()).contains("Open_vSwitch", "_Server");
            assertThat(client.remote()).isInstanceOf(ConnectionSpec.Unix.class);
        }
    }

    @Test
    void readsTheVswitchSchemaOverTcp() {
        try (BlockingOvsdbClient client = Clients.tcp(sandbox)) {
            DatabaseSchema schema = client.getSchema("Open_vSwitch");
            assertThat(schema.name()).isEqualTo("Open_vSwitch");
            assertThat(schema.version().toString()).isEqualTo("8.3.1");
            assertThat(schema.table("Interface").column("mtu_request").type().isOptional()).isTrue();
        }
    }

    @Test
    void echoAndDbChangeAwarenessAreAnswered() {
        try (BlockingOvsdbClient client = Clients.unix(sandbox)) {
            assertThat(client.echo("ping", "42")).containsExactly("ping", "42");
            client.setDbChangeAware(true);
            assertThat(client.isConnected()).isTrue();
        }
    }

    @Test
    void unknownDatabaseIsATypedRpcErrorAndTheConnectionStaysUp() {
        try (BlockingOvsdbClient client = Clients.unix(sandbox)) {
            assertThatThrownBy(() -> client.getSchema("No_Such_Db"))
                    .isInstanceOfSatisfying(RpcErrorException.class,
                            e -> assertThat(e.error().isUnknownDatabase()).isTrue());
            assertThat(client.listDatabases()).contains("Open_vSwitch");
        }
    }

    @Test
    void sslWithAValidClientCertificateConnects() {
        SandboxPki pki = sandbox.pki().orElseThrow();
        ClientOptions options = Clients.OPTIONS.mutate()
                .tls(TlsSettings.of(pki.clientKey(), pki.clientCert(), pki.caCert())).build();
        try (BlockingOvsdbClient client = OvsdbClients.connectBlocking(sandbox.sslRemote().orElseThrow(), options)) {
            assertThat(client.listDatabases()).contains("Open_vSwitch");
        }
    }

    @Test
    void sslWithoutAClientCertificateIsRefusedByTheServer() {
        SandboxPki pki = sandbox.pki().orElseThrow();
        ClientOptions options = Clients.OPTIONS.mutate().tls(TlsSettings.trustOnly(pki.caCert())).build();
        assertThatThrownBy(() -> {
            try (BlockingOvsdbClient client = OvsdbClients.connectBlocking(sandbox.sslRemote().orElseThrow(),
                    options)) {
                client.listDatabases();
            }
        }).isInstanceOf(OvsdbException.class);
    }

    @Test
    void sslThatDoesNotTrustTheServersCaFails() {
        SandboxPki pki = sandbox.pki().orElseThrow();
        // the client's own certificate is not a CA for the server's chain
        ClientOptions options = Clients.OPTIONS.mutate()
                .tls(TlsSettings.of(pki.clientKey(), pki.clientCert(), pki.clientCert())).build();
        assertThatThrownBy(() -> OvsdbClients.connectBlocking(sandbox.sslRemote().orElseThrow(), options))
                .isInstanceOf(ConnectionException.class);
    }

    @Test
    void passiveListenerServesAServerThatConnectsOut() throws Exception {
        try (ClientResources resources = ClientResources.create()) {
            CompletableFuture<OvsdbClient> accepted = new CompletableFuture<>();
            PassiveListener listener = OvsdbClients.listen(new ConnectionSpec.PassiveTcp(0, Optional.of("127.0.0.1")),
                    Clients.OPTIONS, resources, accepted::complete).get(10, TimeUnit.SECONDS);
            String remote = "tcp:127.0.0.1:" + listener.port();
            sandbox.appctl(Daemon.OVSDB_SERVER, "ovsdb-server/add-remote", remote).orThrow();
            try {
                OvsdbClient client = accepted.get(20, TimeUnit.SECONDS);
                assertThat(client.listDatabases().get(10, TimeUnit.SECONDS)).contains("Open_vSwitch");
                client.closeAsync();
            } finally {
                sandbox.appctl(Daemon.OVSDB_SERVER, "ovsdb-server/remove-remote", remote);
                listener.close();
            }
        }
    }
}
