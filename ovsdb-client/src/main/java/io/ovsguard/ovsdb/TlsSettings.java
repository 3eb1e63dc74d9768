package io.ovsguard.ovsdb;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The PEM files for {@code ssl:} and {@code pssl:} connections, as OVS takes them with
 * {@code --private-key}, {@code --certificate} and {@code --ca-cert}.
 *
 * <p>The peer's certificate chain is always verified against the CA certificate. Host names are
 * not checked, as in OVS: switch and controller certificates name an entity, not a host. Private
 * keys may be PKCS#8 ({@code BEGIN PRIVATE KEY}), PKCS#1 RSA ({@code BEGIN RSA PRIVATE KEY}) or
 * traditional DSA ({@code BEGIN DSA PRIVATE KEY}); encrypted keys are not supported (nor by OVS).
 *
 * @param privateKey our private key; present exactly when {@code certificate} is
 * @param certificate our certificate (chain), presented to the peer
 * @param caCertificate the CA certificate(s) the peer's certificate must chain to
 */
public record TlsSettings(Optional<Path> privateKey, Optional<Path> certificate, Path caCertificate) {

    public TlsSettings {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(caCertificate, "caCertificate");
        if (privateKey.isPresent() != certificate.isPresent()) {
            throw new IllegalArgumentException("a private key and a certificate go together: give both or neither");
        }
    }

    /** A client or server identity plus the CA that the peer must be signed by. */
    public static TlsSettings of(Path privateKey, Path certificate, Path caCertificate) {
        return new TlsSettings(Optional.of(privateKey), Optional.of(certificate), caCertificate);
    }

    /** No identity of our own: only verifies the peer (ovsdb-server will normally refuse such a client). */
    public static TlsSettings trustOnly(Path caCertificate) {
        return new TlsSettings(Optional.empty(), Optional.empty(), caCertificate);
    }
}
