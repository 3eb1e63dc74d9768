package io.ovsguard.it.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository the tests run in: the nearest directory above the working directory with bin/ovsguard. */
public final class ProjectRoot {

    private ProjectRoot() {
    }

    public static Path find() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("bin/ovsguard"))) {
                return dir;
            }
        }
        throw new IllegalStateException("bin/ovsguard not found above " + start);
    }
}
