package io.ovsguard.it.support;

import io.ovsguard.sandbox.Daemon;
import io.ovsguard.sandbox.OvsSandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Adds the test-only "Notation" database to a sandbox's ovsdb-server: a schema with every atom
 * type, ranges, enums, sets, maps and strong and weak references, which vswitch.ovsschema lacks.
 */
public final class TestDatabases {

    public static final String NOTATION = "Notation";

    private TestDatabases() {
    }

    public static void addNotationDatabase(OvsSandbox sandbox) {
        Path schema = sandbox.dir().resolve("notation.ovsschema");
        Path db = sandbox.dir().resolve("notation.db");
        try (InputStream in = TestDatabases.class.getResourceAsStream("/notation.ovsschema")) {
            Files.copy(in, schema, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run("ovsdb-tool", "create", db.toString(), schema.toString());
        sandbox.appctl(Daemon.OVSDB_SERVER, "ovsdb-server/add-db", db.toString()).orThrow();
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
