package io.ovsguard.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * TLS material made by {@code ovs-pki} inside the sandbox: one CA (ovs-pki's "switchca") that signed both the
 * server's and a client's certificate, so either side verifies the other with {@link #caCert()}. Files are PEM;
 * keys are unencrypted PKCS#8.
 */
public record SandboxPki(Path caCert, Path serverCert, Path serverKey, Path clientCert, Path clientKey) {

    public SandboxPki {
        Objects.requireNonNull(caCert, "caCert");
        Objects.requireNonNull(serverCert, "serverCert");
        Objects.requireNonNull(serverKey, "serverKey");
        Objects.requireNonNull(clientCert, "clientCert");
        Objects.requireNonNull(clientKey, "clientKey");
    }

    /**
     * Runs {@code ovs-pki init} (CA under {@code dirs.pkiDir()}) and signs a server and a client certificate, which
     * ovs-pki writes to its working directory, the sandbox directory.
     */
    static SandboxPki create(SandboxDirs dirs, OvsBinaries binaries, ToolRunner tools) {
        Path pki = dirs.pkiDir();
        String dir = "--dir=" + pki;
        String logFile = "--log=" + dirs.dir().resolve("ovs-pki.log");
        tools.run(binaries.ovsPki(), dir, logFile, "init").orThrow();
        for (String name : List.of("server", "client")) {
            tools.run(binaries.ovsPki(), dir, logFile, "-b", "req+sign", name, "switch")
                    .orThrow();
        }
        Path d = dirs.dir();
        SandboxPki result = new SandboxPki(pki.resolve("switchca/cacert.pem"), d.resolve("server-cert.pem"),
                d.resolve("server-privkey.pem"), d.resolve("client-cert.pem"), d.resolve("client-privkey.pem"));
        for (Path file : result.files()) {
            if (!Files.isReadable(file)) {
                throw new SandboxException("ovs-pki did not produce " + file);
            }
        }
        return result;
    }

    public List<Path> files() {
        return List.of(caCert, serverCert, serverKey, clientCert, clientKey);
    }

    /** The {@code ovs-vsctl}/{@code ovsdb-client} options that make a client use this PKI. */
    public List<String> clientOptions() {
        return List.of("--private-key=" + clientKey, "--certificate=" + clientCert, "--ca-cert=" + caCert);
    }
}
