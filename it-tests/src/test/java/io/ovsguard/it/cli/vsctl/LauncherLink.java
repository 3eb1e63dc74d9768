package io.ovsguard.it.cli.vsctl;

import io.ovsguard.it.support.ProjectRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A symlink named {@code ovs-vsctl} to the launcher {@code scripts/install-ovsguard.sh} installs: the native one
 * ({@code cli/target/launcher/ovsguard}) when the build made it, else {@code bin/ovsguard}. The corpus's launcher
 * steps so run what users run; {@code NativeLauncherIT} holds the two launchers to each other.
 */
final class LauncherLink {

    private LauncherLink() {
    }

    /** Creates the link in a new temporary directory and returns it. */
    static Path create() {
        Path root = ProjectRoot.find();
        Path nativeLauncher = root.resolve("cli/target/launcher/ovsguard");
        Path launcher = Files.isExecutable(nativeLauncher) ? nativeLauncher : root.resolve("bin/ovsguard");
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
