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

/** Writes a jar holding only {@link HelloWorld}, so the yardstick JVM loads nothing of the benchmark. */
final class HelloJar {

    static final String MAIN_CLASS = HelloWorld.class.getName();

    private HelloJar() {
    }

    static Path write(Path directory) {
        Path jar = directory.resolve("hello.jar");
        String entry = HelloWorld.class.getName().replace('.', '/') + ".class";
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, HelloWorld.class.getName());
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream bytes = HelloJar.class.getClassLoader().getResourceAsStream(entry)) {
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
