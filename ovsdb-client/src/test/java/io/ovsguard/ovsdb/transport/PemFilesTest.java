package io.ovsguard.ovsdb.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.error.ConnectionException;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.DSAPrivateKey;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Private keys in each PEM form that ovs-pki writes, depending on the OpenSSL version behind it. */
class PemFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsAPkcs8Key() throws Exception {
        KeyPair pair = generate("RSA");
        Path file = pem("PRIVATE KEY", pair.getPrivate().getEncoded());

        assertThat(PemFiles.privateKey(file)).isEqualTo(pair.getPrivate());
    }

    @Test
    void readsAPkcs1RsaKeyWithoutBouncyCastle() throws Exception {
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) generate("RSA").getPrivate();
        byte[] pkcs1 = sequence(BigInteger.ZERO, key.getModulus(), key.getPublicExponent(), key.getPrivateExponent(),
                key.getPrimeP(), key.getPrimeQ(), key.getPrimeExponentP(), key.getPrimeExponentQ(), key.getCrtCoefficient());
        Path file = pem("RSA PRIVATE KEY", pkcs1);

        PrivateKey read = PemFiles.privateKey(file);

        assertThat(read.getEncoded()).isEqualTo(key.getEncoded());
    }

    @Test
    void readsATraditionalDsaKey() throws Exception {
        KeyPair pair = generate("DSA");
        DSAPrivateKey key = (DSAPrivateKey) pair.getPrivate();
        var params = key.getParams();
        byte[] traditional = sequence(BigInteger.ZERO, params.getP(), params.getQ(), params.getG(),
                ((DSAPublicKey) pair.getPublic()).getY(), key.getX());
        Path file = pem("DSA PRIVATE KEY", traditional);

        assertThat(((DSAPrivateKey) PemFiles.privateKey(file)).getX()).isEqualTo(key.getX());
    }

    @Test
    void refusesAnEncryptedKeyWithAClearMessage() throws Exception {
        Path file = pem("ENCRYPTED PRIVATE KEY", new byte[] {1, 2, 3});

        assertThatThrownBy(() -> PemFiles.privateKey(file))
                .isInstanceOf(ConnectionException.class)
                .hasMessageContaining("is encrypted");
    }

    @Test
    void reportsAFileWithoutAKey() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.pem"), "nothing here\n");

        assertThatThrownBy(() -> PemFiles.privateKey(file))
                .isInstanceOf(ConnectionException.class)
                .hasMessageContaining("no PEM private key in " + file);
    }

    @Test
    void reportsAMissingCertificateFile() {
        assertThatThrownBy(() -> PemFiles.certificates(dir.resolve("absent.pem")))
                .isInstanceOf(ConnectionException.class)
                .hasMessageContaining("cannot read certificates from");
    }

    private static KeyPair generate(String algorithm) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private Path pem(String type, byte[] der) throws Exception {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return Files.writeString(dir.resolve("key.pem"),
                "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }

    /** A DER SEQUENCE of INTEGERs: the shape of PKCS#1 and OpenSSL's traditional DSA keys. */
    private static byte[] sequence(BigInteger... values) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (BigInteger value : List.of(values)) {
            byte[] bytes = value.toByteArray();
            content.write(0x02);
            writeLength(content, bytes.length);
            content.writeBytes(bytes);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x30);
        writeLength(out, content.size());
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xff);
        }
    }
}
