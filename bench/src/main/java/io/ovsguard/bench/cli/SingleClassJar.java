package io.ovsguard.bench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes a jar holding one class of the benchmark ({@link HelloWorld}, {@link MinimalListBr}) and nothing else, so a
 * peer JVM loads nothing of the benchmark. The class must be self-contained: no nested classes, no lambdas.
 */
final class SingleClassJar {

    private SingleClassJar() {
    }

    /** Writes {@code directory/<SimpleName>.jar}, with {@code main} as its main class. */
    static Path write(Path directory, Class<?> main) {
        Path jar = directory.resolve(main.getSimpleName() + ".jar");
        String entry = main.getName().replace('.', '/') + ".class";
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream bytes = SingleClassJar.class.getClassLoader().getResourceAsStream(entry)) {
            if (bytes == null) {
                throw new IllegalStateException(entry + " is not on the class path");
            }
            out.putNextEntry(new JarEntry(entry));
            bytes.transferTo(out);
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + jar, e);
        }
        return jar;
    }
}
