package io.ovsguard.it.cli.vsctl;

import io.ovsguard.it.support.ProjectRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A symlink named {@code ovs-vsctl} to the project's {@code bin/ovsguard}, as the README's set-up installs it. */
final class LauncherLink {

    private LauncherLink() {
    }

    /** Creates the link in a new temporary directory and returns it. */
    static Path create() {
        Path launcher = ProjectRoot.find().resolve("bin/ovsguard");
        try {
            Path dir = Files.createTempDirectory("ovsguard-launcher");
            return Files.createSymbolicLink(dir.resolve("ovs-vsctl"), launcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the link and its directory. */
    static void delete(Path link) {
        try {
            Files.deleteIfExists(link);
            Files.deleteIfExists(link.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
