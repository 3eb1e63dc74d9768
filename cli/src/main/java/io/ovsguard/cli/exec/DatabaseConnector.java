package io.ovsguard.cli.exec;

import io.ovsguard.cli.parse.SslOptions;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.OvsdbClients;
import io.ovsguard.ovsdb.TlsSettings;
import io.ovsguard.ovsdb.direct.DirectOvsdbClients;
import io.ovsguard.ovsdb.error.OvsdbException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects to the database as ovs-vsctl does: one of the remotes of {@code --db} (a comma-separated list), with the
 * PKI options for {@code ssl:}, failing with ovs-vsctl's "database connection failed" message, or with
 * {@code --retry} trying again until the deadline.
 */
final class DatabaseConnector {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);

    private final SslOptions ssl;
    private final VlogConsole vlog;
    private final String runDirectory;

    /** @param runDirectory what a relative {@code unix:} path is relative to, as in OVS's stream library */
    DatabaseConnector(SslOptions ssl, VlogConsole vlog, String runDirectory) {
        this.ssl = ssl;
        this.vlog = vlog;
        this.runDirectory = runDirectory;
    }

    BlockingOvsdbClient connect(String database, boolean retry, Deadline deadline) {
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            String failure = null;
            for (String remote : remotes(database)) {
                try {
                    return connectOne(remote, deadline);
                } catch (CommandFailedException e) {
                    failure = e.getMessage();
                }
            }
            if (!retry) {
                throw new CommandFailedException(database + ": database connection failed (" + failure + ")");
            }
            Duration pause = deadline.isLimited() && deadline.remaining().compareTo(backoff) < 0
                    ? deadline.remaining() : backoff;
            sleep(pause);
            deadline.remaining();
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    private static List<String> remotes(String database) {
        List<String> remotes = new ArrayList<>();
        for (String part : database.split(",")) {
            remotes.add(part.strip());
        }
        return remotes;
    }

    /** Connects to one remote; a failure is a {@link CommandFailedException} carrying the errno text. */
    private BlockingOvsdbClient connectOne(String remote, Deadline deadline) {
        ConnectionSpec.Active spec;
        try {
            spec = ConnectionSpec.parseActive(withRunDirectory(remote));
        } catch (RuntimeException e) {
            throw new CommandFailedException("Address family not supported by protocol");
        }
        Duration limit = deadline.isLimited() && deadline.remaining().compareTo(ClientOptions.DEFAULT_CONNECT_TIMEOUT) < 0
                ? deadline.remaining() : ClientOptions.DEFAULT_CONNECT_TIMEOUT;
        // a server that serves exactly the compiled-in Open_vSwitch schema spares the call parsing it (about 4 ms)
        ClientOptions.Builder options = ClientOptions.builder().connectTimeout(limit)
                .knownSchemas(List.of(KnownVswitchSchema.OPEN_VSWITCH));
        if (spec instanceof ConnectionSpec.Ssl) {
            options.tls(tls());
        }
        try {
            // unix and tcp: the direct client, which starts much faster than Netty's event loops for one short run
            return DirectOvsdbClients.supports(spec)
                    ? BlockingOvsdbClient.of(DirectOvsdbClients.connect(spec, options.build()), options.build())
                    : OvsdbClients.connectBlocking(remote, options.build());
        } catch (OvsdbException e) {
            if (deadline.expired()) {
                throw new TimeoutExpiredException();
            }
            Holder.LOG.debug("cannot connect to {}", remote, e);
            if (spec instanceof ConnectionSpec.Unix unix && !Files.exists(unix.path())) {
                throw new CommandFailedException("No such file or directory");
            }
            throw new CommandFailedException("Connection refused");
        }
    }

    /**
     * {@code unix:PATH} with a relative PATH (even an empty one) names a file in the run directory, as OVS's stream
     * library resolves it: {@code unix:} alone is the directory itself, which refuses a connection.
     */
    private String withRunDirectory(String remote) {
        if (!remote.startsWith("unix:") || remote.startsWith("unix:/")) {
            return remote;
        }
        return "unix:" + runDirectory + "/" + remote.substring("unix:".length());
    }

    /** The TLS settings, or ovs-vsctl's complaints about the missing PKI options. */
    private TlsSettings tls() {
        boolean missing = false;
        if (ssl.privateKey().isEmpty()) {
            vlog.error("stream_ssl", "Private key must be configured to use SSL");
            missing = true;
        }
        if (ssl.certificate().isEmpty()) {
            vlog.error("stream_ssl", "Certificate must be configured to use SSL");
            missing = true;
        }
        if (ssl.caCert().isEmpty()) {
            vlog.error("stream_ssl", "CA certificate must be configured to use SSL");
            missing = true;
        }
        if (missing) {
            throw new CommandFailedException("Protocol not available");
        }
        return new TlsSettings(ssl.privateKey().map(Path::of), ssl.certificate().map(Path::of),
                Path.of(ssl.caCert().orElseThrow()));
    }

    /** The logger, created on first use: a run that logs nothing never starts the logging backend. */
    private static final class Holder {
        static final Logger LOG = LoggerFactory.getLogger(DatabaseConnector.class);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(Math.max(1, pause.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to reconnect", e);
        }
    }
}
