package io.ovsguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The java command of each peer process. Every peer runs on the same JDK. The raw and
 * OpenDaylight peers run with that JDK's defaults, as the ODL library runs inside a controller;
 * ovsguard's peers (Netty and direct) run with the flags a short-lived client process (such as the
 * CLI) would use, and with a class archive made by one training run: an AOT cache on JDK 25 and
 * later, an AppCDS archive before. {@code odl*} is the ODL library with exactly those flags and a
 * class archive trained the same way, so that its figures can be read against the same setting.
 */
final class PeerCommands {

    /**
     * Serial GC (one heap, no concurrent GC threads on a 2-core box), C1 only (compiles at once;
     * C2's compiler threads would compete with the server for the CPU in a run this short), small
     * thread stacks, and a heap sized to the workload: the pipelined run holds 10,000 futures and
     * results, about 20 MB live. No perf-data file (nothing attaches to a process this short). And C1 does not compile the stack-map method
     * of the JDK's class-file generator, which runs only while classes are spun at start-up (Netty's
     * annotation proxies and method handles on JDK 25) and would take 6.7 MB of compiler arena;
     * {@code quiet} keeps the JVM from announcing that on standard output. docs/benchmarks.md has
     * the measurements.
     */
    static final List<String> OVSGUARD_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss256k",
            "-Xms8m", "-Xmx64m", "-XX:-UsePerfData", "-XX:CompileCommand=quiet",
            "-XX:CompileCommand=exclude,jdk.internal.classfile.impl.StackMapGenerator::processBlock");

    static final String RAW = "raw";
    /** ovsguard's client on its Netty transport. */
    static final String OVSGUARD = "ovsguard";
    /** ovsguard's client on its direct (Netty-free) transport, the one meant for short-lived processes. */
    static final String OVSGUARD_DIRECT = "ovsguard-direct";
    /** The OpenDaylight library on the JDK's defaults. */
    static final String ODL = "odl";
    /** The OpenDaylight library with ovsguard's flags and a class archive of its own. */
    static final String ODL_WITH_OVSGUARD_FLAGS = "odl*";
    /** A hello-world JVM on the JDK's defaults: the floor of the raw and odl peers. */
    static final String HELLO = "hello";
    /** A hello-world JVM with ovsguard's flags (without its class archive): the floor of ovsguard's peers. */
    static final String HELLO_WITH_OVSGUARD_FLAGS = "hello*";

    /** The peers that get a class archive from a training run. */
    static final List<String> ARCHIVED = List.of(OVSGUARD, OVSGUARD_DIRECT, ODL_WITH_OVSGUARD_FLAGS);

    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"?([0-9]+)[^\"]*\"?", Pattern.MULTILINE);

    private final Path javaHome;
    private final String benchClassPath;
    private final String odlClassPath;
    private final Path workDir;
    private final Map<String, Path> readyArchives = new HashMap<>();

    PeerCommands(Path javaHome, String benchClassPath, String odlClassPath, Path workDir) {
        this.javaHome = javaHome;
        this.benchClassPath = benchClassPath;
        this.odlClassPath = odlClassPath;
        this.workDir = workDir;
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

    /** The command of one of the {@link #ARCHIVED} peers that writes its class archive while it runs. */
    List<String> trainingCommand(String peer) throws IOException {
        Path archive = archive(peer);
        Files.deleteIfExists(archive);
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(baseFlags(peer));
        command.add(usesAotCache() ? "-XX:AOTCacheOutput=" + archive : "-XX:ArchiveClassesAtExit=" + archive);
        command.addAll(mainClass(peer));
        return command;
    }

    /** Uses the peer's archive from now on, if its training run wrote one. */
    boolean archiveWritten(String peer) {
        Path archive = archive(peer);
        if (Files.isRegularFile(archive)) {
            readyArchives.put(peer, archive);
            return true;
        }
        return false;
    }

    /** The JVM flags of a peer as they are used in the measured runs (empty: the JDK's defaults). */
    List<String> flags(String peer) {
        List<String> flags = new ArrayList<>(baseFlags(peer));
        Path archive = readyArchives.get(peer);
        if (archive != null) {
            flags.add(usesAotCache() ? "-XX:AOTCache=" + archive : "-XX:SharedArchiveFile=" + archive);
        }
        return flags;
    }

    List<String> command(String peer) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(flags(peer));
        command.addAll(mainClass(peer));
        return command;
    }

    private static List<String> baseFlags(String peer) {
        List<String> flags = new ArrayList<>();
        if (peer.equals(OVSGUARD) || peer.equals(OVSGUARD_DIRECT) || peer.equals(ODL_WITH_OVSGUARD_FLAGS)
                || peer.equals(HELLO_WITH_OVSGUARD_FLAGS)) {
            flags.addAll(OVSGUARD_FLAGS);
        }
        if (peer.equals(OVSGUARD_DIRECT)) {
            flags.add("-D" + ClientPeer.TRANSPORT_PROPERTY + "=" + ClientPeer.DIRECT);
        }
        return flags;
    }

    private List<String> mainClass(String peer) {
        if (peer.equals(HELLO) || peer.equals(HELLO_WITH_OVSGUARD_FLAGS)) {
            return List.of("-cp", benchClassPath, HelloPeer.class.getName());
        }
        if (peer.equals(ODL) || peer.equals(ODL_WITH_OVSGUARD_FLAGS)) {
            return List.of("-cp", odlClassPath, "io.ovsguard.bench.odl.OdlPeer");
        }
        if (peer.equals(RAW)) {
            return List.of("-cp", benchClassPath, RawPeer.class.getName());
        }
        return List.of("-cp", benchClassPath, ClientPeer.class.getName());
    }

    private Path archive(String peer) {
        String name = peer.equals(ODL_WITH_OVSGUARD_FLAGS) ? "odl-peer" : peer + "-peer";
        return workDir.resolve(name + (usesAotCache() ? ".aot" : ".jsa"));
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
