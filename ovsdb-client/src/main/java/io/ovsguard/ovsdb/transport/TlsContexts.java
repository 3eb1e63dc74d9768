package io.ovsguard.ovsdb.transport;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.ovsguard.ovsdb.TlsSettings;
import io.ovsguard.ovsdb.error.ConnectionException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLException;

/**
 * Builds Netty TLS contexts from OVS-style PEM files, with the JDK provider.
 *
 * <p>Both sides verify the peer's chain against the CA certificate. Host name verification is off,
 * as in OVS, whose certificates name a switch or controller rather than a host.
 */
final class TlsContexts {

    private TlsContexts() {
    }

    static SslContext client(TlsSettings tls) {
        SslContextBuilder builder = SslContextBuilder.forClient()
                .sslProvider(SslProvider.JDK)
                .endpointIdentificationAlgorithm(null)
                .trustManager(PemFiles.certificates(tls.caCertificate()));
        if (tls.privateKey().isPresent() && tls.certificate().isPresent()) {
            builder.keyManager(PemFiles.privateKey(tls.privateKey().get()),
                    PemFiles.certificates(tls.certificate().get()));
        }
        return build(builder);
    }

    static SslContext server(TlsSettings tls) {
        if (tls.privateKey().isEmpty() || tls.certificate().isEmpty()) {
            throw new ConnectionException("listening for TLS connections needs a private key and a certificate");
        }
        PrivateKey key = PemFiles.privateKey(tls.privateKey().get());
        List<X509Certificate> chain = PemFiles.certificates(tls.certificate().get());
        return build(SslContextBuilder.forServer(key, chain)
                .sslProvider(SslProvider.JDK)
                .trustManager(PemFiles.certificates(tls.caCertificate()))
                .clientAuth(ClientAuth.REQUIRE));
    }

    private static SslContext build(SslContextBuilder builder) {
        try {
            return builder.build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new ConnectionException("cannot set up TLS: " + e.getMessage(), e);
        }
    }
}
