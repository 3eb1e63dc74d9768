package io.ovsguard.cli.parse;

import java.util.Objects;
import java.util.Optional;

/**
 * The PKI options for {@code ssl:} remotes.
 *
 * @param bootstrapCaCert true when the CA certificate came from {@code --bootstrap-ca-cert} (fetch it from the peer
 *                        on first contact) rather than {@code -C/--ca-cert}; the last of the two given wins
 */
public record SslOptions(Optional<String> privateKey, Optional<String> certificate, Optional<String> caCert,
                         boolean bootstrapCaCert, Optional<String> peerCaCert, Optional<String> protocols,
                         Optional<String> ciphers) {

    public static final SslOptions NONE = new SslOptions(Optional.empty(), Optional.empty(), Optional.empty(), false,
            Optional.empty(), Optional.empty(), Optional.empty());

    public SslOptions {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(caCert, "caCert");
        Objects.requireNonNull(peerCaCert, "peerCaCert");
        Objects.requireNonNull(protocols, "protocols");
        Objects.requireNonNull(ciphers, "ciphers");
    }
}
