package io.ovsguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The java command of each peer process. Every peer runs on the same JDK. The raw and
 * OpenDaylight peers run with that JDK's defaults; ovsguard's peer runs with the flags a short-lived
 * client process (such as the CLI) would use, and with a class archive made by one training run:
 * an AOT cache on JDK 25 and later, an AppCDS archive before.
 */
final class PeerCommands {

    /**
     * Serial GC (one heap, no concurrent GC threads on a 2-core box), C1 only (compiles at once;
     * C2's compiler threads would compete with the server for the CPU in a run this short), small
     * thread stacks, and a heap sized to the workload: the pipelined run holds 10,000 futures and
     * results, about 20 MB live.
     */
    static final List<String> OVSGUARD_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss256k",
            "-Xms8m", "-Xmx64m");

    /** A hello-world JVM on the JDK's defaults: the floor of the raw and odl peers. */
    static final String HELLO = "hello";
    /** A hello-world JVM with ovsguard's flags (without its class archive): the floor of the ovsguard peer. */
    static final String HELLO_WITH_OVSGUARD_FLAGS = "hello*";

    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"?([0-9]+)[^\"]*\"?", Pattern.MULTILINE);

    private final Path javaHome;
    private final String benchClassPath;
    private final String odlClassPath;
    private final Path archive;
    private boolean archiveReady;

    PeerCommands(Path javaHome, String benchClassPath, String odlClassPath, Path workDir) {
        this.javaHome = javaHome;
        this.benchClassPath = benchClassPath;
        this.odlClassPath = odlClassPath;
        this.archive = workDir.resolve(usesAotCache() ? "ovsguard-peer.aot" : "ovsguard-peer.jsa");
    }

    /** The JDK every peer runs on, as its release file names it. */
    String jdk() {
        try {
            String release = Files.readString(javaHome.resolve("release"));
            return field(release, "IMPLEMENTOR") + " " + field(release, "JAVA_VERSION") + " (" + javaHome + ")";
        } catch (IOException e) {
            return javaHome.toString();
        }
    }

    /** The ovsguard peer's command that writes the class archive while it runs a training workload. */
    List<String> trainingCommand() throws IOException {
        Files.deleteIfExists(archive);
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(OVSGUARD_FLAGS);
        command.add(usesAotCache() ? "-XX:AOTCacheOutput=" + archive : "-XX:ArchiveClassesAtExit=" + archive);
        command.addAll(List.of("-cp", benchClassPath, ClientPeer.class.getName()));
        return command;
    }

    /** Uses the archive from now on, if the training run wrote one. */
    boolean archiveWritten() {
        archiveReady = Files.isRegularFile(archive);
        return archiveReady;
    }

    /** The ovsguard peer's JVM flags as they are used in the measured runs. */
    List<String> ovsguardFlags() {
        List<String> flags = new ArrayList<>(OVSGUARD_FLAGS);
        if (archiveReady) {
            flags.add(usesAotCache() ? "-XX:AOTCache=" + archive : "-XX:SharedArchiveFile=" + archive);
        }
        return flags;
    }

    List<String> command(String peer) {
        List<String> command = new ArrayList<>(List.of(java()));
        if (peer.equals(HELLO)) {
            command.addAll(List.of("-cp", benchClassPath, HelloPeer.class.getName()));
        } else if (peer.equals(HELLO_WITH_OVSGUARD_FLAGS)) {
            command.addAll(OVSGUARD_FLAGS);
            command.addAll(List.of("-cp", benchClassPath, HelloPeer.class.getName()));
        } else if (peer.equals("odl")) {
            command.addAll(List.of("-cp", odlClassPath, "io.ovsguard.bench.odl.OdlPeer"));
        } else if (peer.equals("raw")) {
            command.addAll(List.of("-cp", benchClassPath, RawPeer.class.getName()));
        } else {
            command.addAll(ovsguardFlags());
            command.addAll(List.of("-cp", benchClassPath, ClientPeer.class.getName()));
        }
        return command;
    }

    private boolean usesAotCache() {
        return featureVersion().orElse(17) >= 25;
    }

    private Optional<Integer> featureVersion() {
        try {
            Matcher matcher = VERSION.matcher(Files.readString(javaHome.resolve("release")));
            return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String java() {
        return javaHome.resolve("bin/java").toString();
    }

    private static String field(String release, String name) {
        Matcher matcher = Pattern.compile("^" + name + "=\"?([^\"\\n]*)\"?", Pattern.MULTILINE).matcher(release);
        return matcher.find() ? matcher.group(1) : "?";
    }
}
