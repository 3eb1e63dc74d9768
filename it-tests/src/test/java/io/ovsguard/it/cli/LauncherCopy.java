package io.ovsguard.it.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The launchers and the install script of a repository copied into a directory of their own, with its jar, start-up
 * and dist files and the start-up cache's options files (the caches they name stay where they are), so that a test can age the start-up cache or replace bin/ovsguard without touching
 * the build the other tests use. The native launcher finds its repository from its own path, so it is copied too.
 */
record LauncherCopy(Path root) {

    static LauncherCopy of(Path repository, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("bin"));
        Files.createDirectories(dir.resolve("cli/target/launcher"));
        Files.createDirectories(dir.resolve("cli/target/startup"));
        Files.copy(repository.resolve("bin/ovsguard"), dir.resolve("bin/ovsguard"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(repository.resolve("cli/target/launcher/ovsguard"), dir.resolve("cli/target/launcher/ovsguard"),
                StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(dir.resolve("scripts"));
        Files.copy(repository.resolve("scripts/install-ovsguard.sh"), dir.resolve("scripts/install-ovsguard.sh"),
                StandardCopyOption.COPY_ATTRIBUTES);
        for (String source : List.of("cli/src/main/startup", "cli/src/main/dist")) {
            Files.createDirectories(dir.resolve(source));
            try (DirectoryStream<Path> files = Files.newDirectoryStream(repository.resolve(source))) {
                for (Path file : files) {
                    Files.copy(file, dir.resolve(source).resolve(file.getFileName()));
                }
            }
        }
        // older than the jar: bin/ovsguard, run as itself, rebuilds when a source or its directory is newer
        FileTime sourceTime = FileTime.from(Files.getLastModifiedTime(repository.resolve("cli/target/ovsguard.jar"))
                .toInstant().minus(Duration.ofHours(2)));
        try (Stream<Path> sources = Files.walk(dir.resolve("cli/src"))) {
            for (Path source : sources.toList()) {
                Files.setLastModifiedTime(source, sourceTime);
            }
        }
        // with its time: the options files copied after it are newer
        Files.copy(repository.resolve("cli/target/ovsguard.jar"), dir.resolve("cli/target/ovsguard.jar"),
                StandardCopyOption.COPY_ATTRIBUTES);
        try (DirectoryStream<Path> options = Files.newDirectoryStream(repository.resolve("cli/target/startup"),
                "*.options")) {
            for (Path file : options) {
                // copied now, so newer than the jar: fresh, as the build left them
                Files.copy(file, dir.resolve("cli/target/startup").resolve(file.getFileName()));
            }
        }
        return new LauncherCopy(dir.toRealPath());
    }

    Path nativeLauncher() {
        return root.resolve("cli/target/launcher/ovsguard");
    }

    Path installScript() {
        return root.resolve("scripts/install-ovsguard.sh");
    }

    Path bashLauncher() {
        return root.resolve("bin/ovsguard");
    }

    /**
     * Makes every start-up cache older than the jar, as a rebuilt jar leaves it, and marks its preparation failed,
     * so that bin/ovsguard runs without a cache and starts no background preparation in this copy.
     */
    void ageStartupCache() throws IOException {
        FileTime older = FileTime.from(Files.getLastModifiedTime(root.resolve("cli/target/ovsguard.jar")).toInstant()
                .minus(Duration.ofHours(1)));
        try (DirectoryStream<Path> options = Files.newDirectoryStream(root.resolve("cli/target/startup"),
                "*.options")) {
            for (Path file : options) {
                Files.setLastModifiedTime(file, older);
                String key = file.getFileName().toString().replaceFirst("(\\.[a-z-]+)?\\.options$", "");
                Files.writeString(root.resolve("cli/target/startup/" + key + ".failed"), "");
            }
        }
    }

    /** Replaces bin/ovsguard by a script that only says it ran, to tell which calls reach it. */
    void replaceBashLauncher(String marker) throws IOException {
        Files.writeString(bashLauncher(), "#!/bin/bash\necho '" + marker + "' \"$@\"\nexit 3\n");
    }
}
