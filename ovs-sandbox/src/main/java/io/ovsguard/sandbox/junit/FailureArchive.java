package io.ovsguard.sandbox.junit;

import io.ovsguard.sandbox.OvsSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the files of a failed test's sandboxes are kept: {@code <root>/<test class>/<test method>/<sandbox name>/}.
 * The root is {@code target/it-sandboxes} unless the configuration parameter {@value #ROOT_PARAMETER} says otherwise.
 */
final class FailureArchive {
    static final String ROOT_PARAMETER = "ovsguard.sandbox.keep-dir";
    static final Path DEFAULT_ROOT = Path.of("target", "it-sandboxes");

    private final Path root;

    FailureArchive(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** The directory for one sandbox of one test; {@code testName} is the method, or "class" for class-level failures. */
    Path directoryFor(String testClass, String testName, String sandboxName) {
        return root.resolve(safe(testClass)).resolve(safe(testName)).resolve(safe(sandboxName));
    }

    /** Copies conf.db and the logs of each sandbox; returns the directories written. */
    List<Path> keep(String testClass, String testName, List<OvsSandbox> sandboxes) {
        return sandboxes.stream()
                .map(s -> {
                    Path target = directoryFor(testClass, testName, s.name());
                    s.copyArtifactsTo(target);
                    return target;
                })
                .filter(Files::isDirectory)
                .toList();
    }

    /** Display names of parameterized tests hold brackets, spaces and slashes; keep paths plain. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._$-]+", "_");
        return cleaned.isEmpty() ? "_" : cleaned;
    }
}
