package io.ovsguard.cli.sandbox;

import io.ovsguard.cli.parse.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Remembers the directory of the last sandbox started, so that {@code stop} and {@code status} need no DIR. */
public record LastSandbox(Path file) {

    /** {@code $TMPDIR/ovsguard-sandbox.last} (or /tmp): per host, like the sandboxes themselves. */
    public static LastSandbox inTempDir() {
        return new LastSandbox(Path.of(System.getProperty("java.io.tmpdir"), "ovsguard-sandbox.last"));
    }

    void remember(Path dir) {
        try {
            Files.writeString(file, dir.toAbsolutePath() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    Path require() {
        try {
            return Path.of(Files.readString(file).strip());
        } catch (NoSuchFileException none) {
            throw new UsageException("no sandbox started; give its directory (ovsguard sandbox stop DIR)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    void forget(Path dir) {
        try {
            if (Files.isRegularFile(file) && Path.of(Files.readString(file).strip()).equals(dir.toAbsolutePath())) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + file, e);
        }
    }
}
