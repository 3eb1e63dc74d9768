package io.ovsguard.bench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How bin/ovsguard starts a JVM, reproduced for the yardstick: the same java binary, the options of
 * {@code cli/src/main/startup/jvm-options}, and a start-up cache trained on the program itself (an AOT cache on
 * JDK 24 and later, a dynamic class-data-sharing archive before), used with the same options the launcher adds.
 */
final class JvmLaunch {

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    private final Path java;
    private final int featureVersion;
    private final List<String> baseOptions;

    private JvmLaunch(Path java, int featureVersion, List<String> baseOptions) {
        this.java = java;
        this.featureVersion = featureVersion;
        this.baseOptions = List.copyOf(baseOptions);
    }

    static JvmLaunch of(Path java, Path repositoryRoot) {
        try {
            Path release = java.toRealPath().getParent().getParent().resolve("release");
            Matcher version = JAVA_VERSION.matcher(Files.readString(release, StandardCharsets.UTF_8));
            if (!version.find()) {
                throw new IllegalStateException("no JAVA_VERSION in " + release);
            }
            String options = Files.readString(repositoryRoot.resolve("cli/src/main/startup/jvm-options"),
                    StandardCharsets.UTF_8).strip();
            return new JvmLaunch(java, Integer.parseInt(version.group(1)), Arrays.asList(options.split("\\s+")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JDK or launcher options for " + java, e);
        }
    }

    Path java() {
        return java;
    }

    int featureVersion() {
        return featureVersion;
    }

    boolean usesAotCache() {
        return featureVersion >= 24;
    }

    /** The launcher's cache key: the java path as selected, '/' replaced by '_'. */
    String cacheKey() {
        return java.toString().replace('/', '_');
    }

    /**
     * {@code java <launcher options> [cache options] -cp JAR MAIN} with the options the launcher would read; the
     * launcher names the main class rather than using {@code -jar}, which opens the jar to read its manifest.
     */
    List<String> command(Path jar, String mainClass, List<String> cacheOptions) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(baseOptions);
        command.addAll(cacheOptions);
        command.add("-cp");
        command.add(jar.toString());
        command.add(mainClass);
        return command;
    }

    /**
     * Trains a start-up cache for {@code jar} by running it once with {@code arguments}, the way the launcher's build
     * step does, and returns the options that use it; the cache's files are named after {@code name}.
     */
    List<String> trainCache(Path jar, String mainClass, List<String> arguments, String name, Path directory,
            ProcessTimer timer) {
        return trainCache(jar, mainClass, List.of(), arguments, name, directory, timer);
    }

    /**
     * {@link #trainCache(Path, String, List, String, Path, ProcessTimer)} for a program that also needs
     * {@code programOptions} (system properties, module options): the training runs with them, and the options
     * returned start with them, as a JVM must run with exactly the module options its cache was made with.
     */
    List<String> trainCache(Path jar, String mainClass, List<String> programOptions, List<String> arguments,
            String name, Path directory, ProcessTimer timer) {
        List<String> options = new ArrayList<>(programOptions);
        if (usesAotCache()) {
            Path config = directory.resolve(name + ".aotconf");
            Path cache = directory.resolve(name + ".aot");
            mustSucceed(timer.run(with(join(programOptions, "-XX:AOTMode=record", "-XX:AOTConfiguration=" + config),
                    jar, mainClass, arguments), Map.of()), name);
            mustSucceed(timer.run(with(join(programOptions, "-XX:AOTMode=create", "-XX:AOTConfiguration=" + config,
                    "-XX:AOTCache=" + cache), jar, mainClass, List.of()), Map.of()), name);
            options.addAll(List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + cache));
            return options;
        }
        Path archive = directory.resolve(name + ".jsa");
        mustSucceed(timer.run(with(join(programOptions, "-XX:ArchiveClassesAtExit=" + archive), jar, mainClass,
                arguments), Map.of()), name);
        options.addAll(List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archive));
        return options;
    }

    private static List<String> join(List<String> first, String... more) {
        List<String> joined = new ArrayList<>(first);
        joined.addAll(List.of(more));
        return joined;
    }

    /** The options bin/ovsguard adds for the cli jar's cache, if the build prepared one for this JDK. */
    Optional<List<String>> launcherCacheOptions(Path repositoryRoot) {
        return cacheOptions(repositoryRoot, ".options");
    }

    private Optional<List<String>> cacheOptions(Path repositoryRoot, String suffix) {
        Path options = repositoryRoot.resolve("cli/target/startup/" + cacheKey() + suffix);
        try {
            if (!Files.isRegularFile(options)) {
                return Optional.empty();
            }
            return Optional.of(Arrays.asList(Files.readString(options, StandardCharsets.UTF_8).strip().split("\\s+")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + options, e);
        }
    }

    private List<String> with(List<String> extra, Path jar, String mainClass, List<String> arguments) {
        List<String> command = command(jar, mainClass, extra);
        command.addAll(arguments);
        return command;
    }

    private static void mustSucceed(Measurement run, String name) {
        if (!run.succeeded()) {
            throw new IllegalStateException("training the start-up cache of " + name + " failed: "
                    + run.firstMessageLine());
        }
    }
}
