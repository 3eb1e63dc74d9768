package io.ovsguard.ovsdb.transport;

import io.ovsguard.ovsdb.error.ConnectionException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.DSAPrivateKeySpec;
import java.security.spec.KeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the PEM files OVS uses for TLS with the JDK alone (no BouncyCastle).
 *
 * <p>{@code ovs-pki} writes PKCS#8 keys with OpenSSL 3 but PKCS#1 ({@code RSA PRIVATE KEY}) or
 * traditional DSA keys with older OpenSSL, so all three are read. The traditional forms are a DER
 * sequence of integers, which is all the DER this class needs to understand.
 */
final class PemFiles {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    private PemFiles() {
    }

    static List<X509Certificate> certificates(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            List<X509Certificate> certificates = new ArrayList<>();
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (var certificate : factory.generateCertificates(new ByteArrayInputStream(bytes))) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) {
                throw new ConnectionException("no certificate in " + file);
            }
            return List.copyOf(certificates);
        } catch (IOException | GeneralSecurityException e) {
            throw new ConnectionException("cannot read certificates from " + file + ": " + e.getMessage(), e);
        }
    }

    static PrivateKey privateKey(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new ConnectionException("cannot read private key " + file + ": " + e.getMessage(), e);
        }
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            String type = block.group(1);
            if (!type.endsWith("PRIVATE KEY")) {
                continue;
            }
            if (type.startsWith("ENCRYPTED") || block.group(2).contains("ENCRYPTED")) {
                throw new ConnectionException("private key " + file + " is encrypted, which is not supported");
            }
            byte[] der = Base64.getMimeDecoder().decode(block.group(2).replaceAll("(?m)^[A-Za-z-]+:.*$", ""));
            try {
                return decode(type, der);
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new ConnectionException("cannot decode " + type + " in " + file + ": " + e.getMessage(), e);
            }
        }
        throw new ConnectionException("no PEM private key in " + file);
    }

    private static PrivateKey decode(String type, byte[] der) throws GeneralSecurityException {
        switch (type) {
            case "PRIVATE KEY":
                return pkcs8(der);
            case "RSA PRIVATE KEY": {
                // RFC 8017 A.1.2: version, n, e, d, p, q, dP, dQ, qInv
                List<BigInteger> v = integers(der, 9);
                KeySpec spec = new RSAPrivateCrtKeySpec(v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6),
                        v.get(7), v.get(8));
                return KeyFactory.getInstance("RSA").generatePrivate(spec);
            }
            case "DSA PRIVATE KEY": {
                // OpenSSL's traditional form: version, p, q, g, y, x
                List<BigInteger> v = integers(der, 6);
                return KeyFactory.getInstance("DSA").generatePrivate(new DSAPrivateKeySpec(v.get(5), v.get(1), v.get(2),
                        v.get(3)));
            }
            default:
                throw new GeneralSecurityException("unsupported key type " + type);
        }
    }

    private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
        GeneralSecurityException last = null;
        for (String algorithm : List.of("RSA", "EC", "DSA", "Ed25519", "RSASSA-PSS")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Reads a DER SEQUENCE that starts with at least {@code count} INTEGERs. */
    private static List<BigInteger> integers(byte[] der, int count) {
        int[] pos = {0};
        expect(der, pos, 0x30);
        int end = length(der, pos) + pos[0];
        if (end > der.length) {
            throw new IllegalArgumentException("truncated DER sequence");
        }
        List<BigInteger> values = new ArrayList<>();
        while (values.size() < count) {
            expect(der, pos, 0x02);
            int length = length(der, pos);
            if (pos[0] + length > end) {
                throw new IllegalArgumentException("truncated DER integer");
            }
            byte[] magnitude = new byte[length];
            System.arraycopy(der, pos[0], magnitude, 0, length);
            values.add(new BigInteger(magnitude));
            pos[0] += length;
        }
        return values;
    }

    private static void expect(byte[] der, int[] pos, int tag) {
        if (pos[0] >= der.length || (der[pos[0]] & 0xff) != tag) {
            throw new IllegalArgumentException("unexpected DER structure");
        }
        pos[0]++;
    }

    private static int length(byte[] der, int[] pos) {
        if (pos[0] >= der.length) {
            throw new IllegalArgumentException("truncated DER length");
        }
        int first = der[pos[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int octets = first & 0x7f;
        if (octets == 0 || octets > 3 || pos[0] + octets > der.length) {
            throw new IllegalArgumentException("unsupported DER length");
        }
        int length = 0;
        for (int i = 0; i < octets; i++) {
            length = (length << 8) | (der[pos[0]++] & 0xff);
        }
        return length;
    }
}
