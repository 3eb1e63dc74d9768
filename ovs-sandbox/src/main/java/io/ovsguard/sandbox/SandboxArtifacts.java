package io.ovsguard.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files worth keeping from a sandbox after a failure (conf.db, daemon logs and consoles), and the removal of a
 * sandbox directory. Sockets, pid files and the PKI are not kept.
 */
public final class SandboxArtifacts {

    private SandboxArtifacts() {
    }

    /** The sandbox's conf.db, {@code *.log} and {@code *.out} files that exist now. */
    public static List<Path> in(Path sandboxDir) {
        if (!Files.isDirectory(sandboxDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(sandboxDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.equals("conf.db") || name.endsWith(".log") || name.endsWith(".out");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + sandboxDir, e);
        }
    }

    /** Copies {@link #in(Path)} into {@code target} (created if needed); returns the copies. */
    public static List<Path> copy(Path sandboxDir, Path target) {
        List<Path> copies = new ArrayList<>();
        try {
            Files.createDirectories(target);
            for (Path file : in(sandboxDir)) {
                Path copy = target.resolve(file.getFileName());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                copies.add(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy sandbox files from " + sandboxDir + " to " + target, e);
        }
        return List.copyOf(copies);
    }

    /** Deletes a directory tree; a missing directory is fine. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
