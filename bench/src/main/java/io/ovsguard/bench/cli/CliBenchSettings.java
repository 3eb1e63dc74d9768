package io.ovsguard.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The harness's settings, from {@code --name=value} arguments.
 *
 * @param runs      runs per row of the start-up, list-br and small-bridge port rows (default 21)
 * @param scaleRuns runs per row on the big bridge (default 7)
 * @param ports     ports on the big bridge (default 10000)
 * @param java      the JDK to start ovsguard and the yardstick with (default: the launcher's choice)
 * @param sections  which parts to run: startup, small, wait, scale (default all)
 */
record CliBenchSettings(int runs, int scaleRuns, int ports, Path java, Set<String> sections) {

    static final Set<String> ALL_SECTIONS = Set.of("startup", "small", "wait", "scale");
    private static final Path PREFERRED_JAVA = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    CliBenchSettings {
        sections = Set.copyOf(sections);
        if (runs < 1 || scaleRuns < 1 || ports < 1) {
            throw new IllegalArgumentException("runs, scale runs and ports must be positive");
        }
        if (!ALL_SECTIONS.containsAll(sections)) {
            throw new IllegalArgumentException("sections are " + ALL_SECTIONS + ", got " + sections);
        }
    }

    static CliBenchSettings parse(String[] args) {
        int runs = 21;
        int scaleRuns = 7;
        int ports = 10_000;
        Optional<Path> java = Optional.empty();
        Set<String> sections = ALL_SECTIONS;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--runs=")) {
                runs = Integer.parseInt(value);
            } else if (arg.startsWith("--scale-runs=")) {
                scaleRuns = Integer.parseInt(value);
            } else if (arg.startsWith("--ports=")) {
                ports = Integer.parseInt(value);
            } else if (arg.startsWith("--java=")) {
                java = Optional.of(Path.of(value));
            } else if (arg.startsWith("--only=")) {
                sections = Set.of(value.split(","));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg
                        + " (--runs=N --scale-runs=N --ports=N --java=PATH --only=startup,small,wait,scale)");
            }
        }
        return new CliBenchSettings(runs, scaleRuns, ports, java.orElseGet(CliBenchSettings::launcherJava), sections);
    }

    boolean runs(String section) {
        return sections.contains(section);
    }

    /** What bin/ovsguard picks without OVSGUARD_JAVA: Temurin 25 when installed, else java on PATH. */
    private static Path launcherJava() {
        if (Files.isExecutable(PREFERRED_JAVA)) {
            return PREFERRED_JAVA;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path candidate = Path.of(dir, "java");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no java on PATH; pass --java=PATH");
    }
}
