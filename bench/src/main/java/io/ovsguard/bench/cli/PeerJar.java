package io.ovsguard.bench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes the jar of a peer program of the benchmark ({@link HelloWorld}, {@link MinimalListBr},
 * {@link io.ovsguard.ovsdb.direct.MinimalNativeListBr}): its main class and the classes named with it, nothing else,
 * so a peer JVM loads nothing of the benchmark. The classes must be self-contained: no nested classes or lambdas
 * that are not named too.
 */
final class PeerJar {

    private PeerJar() {
    }

    /** Writes {@code directory/<SimpleName>.jar} holding {@code main} alone, as its main class. */
    static Path write(Path directory, Class<?> main) {
        return write(directory, main, List.of());
    }

    /** Writes {@code directory/<SimpleName>.jar} holding {@code main}, its main class, and {@code others}. */
    static Path write(Path directory, Class<?> main, List<String> others) {
        Path jar = directory.resolve(main.getSimpleName() + ".jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            copy(main.getName(), out);
            for (String other : others) {
                copy(other, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + jar, e);
        }
        return jar;
    }

    private static void copy(String className, JarOutputStream out) throws IOException {
        String entry = className.replace('.', '/') + ".class";
        try (InputStream bytes = PeerJar.class.getClassLoader().getResourceAsStream(entry)) {
            if (bytes == null) {
                throw new IllegalStateException(entry + " is not on the class path");
            }
            out.putNextEntry(new JarEntry(entry));
            bytes.transferTo(out);
            out.closeEntry();
        }
    }
}
