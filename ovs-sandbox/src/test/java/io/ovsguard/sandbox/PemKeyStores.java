package io.ovsguard.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Builds a JDK SSLContext from the PEM files ovs-pki writes (PKCS#8 RSA key, X.509 certificates). */
final class PemKeyStores {
    private static final char[] PASSWORD = "sandbox".toCharArray();

    private PemKeyStores() {
    }

    static SSLContext clientContext(SandboxPki pki) throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("client", privateKey(pki.clientKey()), PASSWORD,
                new Certificate[] {certificate(pki.clientCert())});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);

        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", certificate(pki.caCert()));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);

        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return context;
    }

    private static PrivateKey privateKey(Path pem) throws IOException, GeneralSecurityException {
        String text = Files.readString(pem);
        String base64 = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static Certificate certificate(Path pem) throws IOException, GeneralSecurityException {
        // ovs-pki prefixes certificates with a text dump; the factory wants only the PEM block
        String text = Files.readString(pem);
        int begin = text.indexOf("-----BEGIN CERTIFICATE-----");
        try (InputStream in = new ByteArrayInputStream(text.substring(begin).getBytes())) {
            return CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
