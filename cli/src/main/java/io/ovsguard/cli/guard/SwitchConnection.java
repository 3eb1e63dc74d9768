package io.ovsguard.cli.guard;

import io.ovsguard.cli.parse.GlobalOptions;
import io.ovsguard.cli.parse.SslOptions;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.OvsdbClients;
import io.ovsguard.ovsdb.TlsSettings;
import io.ovsguard.ovsdb.direct.DirectOvsdbClients;
import io.ovsguard.ovsdb.error.OvsdbException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Opens the database connection the global options name ({@code --db}, {@code --timeout}, the PKI options). */
public final class SwitchConnection {

    private SwitchConnection() {
    }

    public static BlockingOvsdbClient open(GlobalOptions options) {
        ClientOptions.Builder client = ClientOptions.builder();
        options.timeoutSeconds().ifPresent(s -> {
            client.requestTimeout(Duration.ofSeconds(s));
            client.connectTimeout(Duration.ofSeconds(s));
        });
        tls(options.ssl()).ifPresent(client::tls);
        try {
            ConnectionSpec.Active remote = ConnectionSpec.parseActive(options.database());
            // unix and tcp: the direct client, which starts much faster than Netty's event loops for one short run
            return DirectOvsdbClients.supports(remote)
                    ? BlockingOvsdbClient.of(DirectOvsdbClients.connect(remote, client.build()), client.build())
                    : OvsdbClients.connectBlocking(options.database(), client.build());
        } catch (OvsdbException e) {
            throw new OvsdbException(options.database() + ": database connection failed (" + e.getMessage() + ")", e);
        }
    }

    private static Optional<TlsSettings> tls(SslOptions ssl) {
        if (ssl.caCert().isEmpty()) {
            return Optional.empty();
        }
        Path ca = Path.of(ssl.caCert().get());
        if (ssl.privateKey().isPresent() && ssl.certificate().isPresent()) {
            return Optional.of(TlsSettings.of(Path.of(ssl.privateKey().get()), Path.of(ssl.certificate().get()), ca));
        }
        return Optional.of(TlsSettings.trustOnly(ca));
    }
}
