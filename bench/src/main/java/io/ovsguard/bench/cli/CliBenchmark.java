package io.ovsguard.bench.cli;

import io.ovsguard.ovsdb.direct.MinimalNativeListBr;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.SandboxException;
import io.ovsguard.sandbox.SandboxSpec;
import io.ovsguard.sandbox.VswitchdSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CLI start-up and scale benchmark of issue 7, one command ({@code bench/run-cli-bench.sh}): ovsguard (through
 * the launcher an install links, invoked as ovs-vsctl, as a drop-in runs: the native launcher when the build made
 * it, then also the bash launcher bin/ovsguard for comparison; and as the bare JVM command the launchers end in)
 * against ovs-vsctl and against a hello-world JVM started the same way (same JDK, options and start-up cache
 * treatment), for {@code --version}, {@code list-br} (with also a {@link MinimalListBr minimal JVM client} and the same on ovsguard's JNI socket,
 * {@link MinimalNativeListBr}, started the same way), {@code add-port}/{@code del-port} with {@code --no-wait} on an ovsdb-server sandbox and waiting
 * for a DPDK ovs-vswitchd sandbox, and add-port/del-port on a bridge of 10,000 ports. Medians of interleaved runs;
 * ratios against the targets. A command ovsguard does not implement yet shows as "not implemented".
 */
public final class CliBenchmark {

    private static final String HELLO = "hello-world JVM";
    private static final String MINIMAL = "minimal JVM client";
    private static final String MINIMAL_NATIVE = "minimal JVM client, JNI socket";
    /** ovsdb-client's JNI unix-socket library, as the build makes it and the launcher names it. */
    private static final String NATIVE_LIBRARY = "ovsdb-client/target/native/libovsguard-unix.so";
    private static final String VSCTL = "ovs-vsctl";
    private static final String OVSGUARD = "ovsguard";
    private static final String OVSGUARD_BASH = "ovsguard, bash launcher";
    private static final String OVSGUARD_JVM = "ovsguard, bare JVM command";
    private static final Duration CACHE_WAIT = Duration.ofMinutes(3);
    /** The class bin/ovsguard runs. */
    private static final String CLI_MAIN_CLASS = "io.ovsguard.cli.app.Main";

    private final CliBenchSettings settings;
    private final Path root;
    private final Path scratch;
    private final JvmLaunch jvm;
    private final ProcessTimer timer;
    private final Report report = new Report(System.out);
    private final Contender hello;
    private final Contender vsctl;
    private final Contender ovsguard;
    /** bin/ovsguard as ovs-vsctl, when {@link #ovsguard} is the native launcher. */
    private final Optional<Contender> ovsguardBash;

    private CliBenchmark(CliBenchSettings settings, Path root, Path scratch) {
        this.settings = settings;
        this.root = root;
        this.scratch = scratch;
        this.timer = new ProcessTimer(scratch);
        this.jvm = JvmLaunch.of(settings.java(), root);
        Path helloJar = PeerJar.write(scratch, HelloWorld.class);
        this.hello = Contender.yardstick(HELLO, jvm.command(helloJar, HelloWorld.class.getName(),
                jvm.trainCache(helloJar, HelloWorld.class.getName(), List.of(), "hello", scratch, timer)));
        this.vsctl = Contender.tool(VSCTL, List.of(SandboxSpec.ovsdbOnly().binaries().ovsVsctl().toString()), Map.of());
        Map<String, String> launcherEnv = Map.of("OVSGUARD_JAVA", settings.java().toString());
        Path bashLauncher = root.resolve("bin/ovsguard");
        Path nativeLauncher = root.resolve("cli/target/launcher/ovsguard");
        // the launcher scripts/install-ovsguard.sh links
        boolean nativeBuilt = Files.isExecutable(nativeLauncher);
        this.ovsguard = Contender.tool(OVSGUARD, List.of(dropIn(scratch, "drop-in", nativeBuilt ? nativeLauncher
                : bashLauncher).toString()), launcherEnv);
        this.ovsguardBash = nativeBuilt ? Optional.of(Contender.tool(OVSGUARD_BASH, List.of(dropIn(scratch,
                "drop-in-bash", bashLauncher).toString()), launcherEnv)) : Optional.empty();
        awaitLauncherCache(jvm);
        System.out.printf("ovsguard CLI benchmark: %s (java %d), %d cores, %s; %d runs per row (%d on the big "
                + "bridge), medians; load average at start %s%n", settings.java(), jvm.featureVersion(),
                Runtime.getRuntime().availableProcessors(), cpuModel(), settings.runs(), settings.scaleRuns(),
                loadAverage());
        if (jvm.launcherCacheOptions(root).isEmpty()) {
            System.out.println("WARNING: no start-up cache for this JDK under cli/target/startup; ovsguard runs without");
        }
        System.out.println(ovsguardBash.isPresent() ? "ovsguard runs through the native launcher "
                + nativeLauncher + "; \"" + OVSGUARD_BASH + "\" through bin/ovsguard"
                : "no native launcher (cli/target/launcher/ovsguard; gcc?): ovsguard runs through bin/ovsguard");
    }

    /**
     * The leading contenders, then ovsguard's rows: as installed, through the bash launcher, and the bare JVM command
     * the launcher ends in for lines like {@code sampleArguments}.
     */
    private List<Contender> withOvsguardRows(List<String> sampleArguments, Contender... leading) {
        List<Contender> contenders = new ArrayList<>(List.of(leading));
        contenders.add(ovsguard);
        ovsguardBash.ifPresent(contenders::add);
        contenders.add(bareJvmCommand(sampleArguments));
        return contenders;
    }

    /**
     * {@link MinimalListBr} started as the hello-world is, its cache trained on a list-br against {@code db}: what a
     * JVM client on the JDK's unix-domain channel pays for that command.
     */
    private Contender minimalClient(List<String> db) {
        Path jar = PeerJar.write(scratch, MinimalListBr.class);
        String main = MinimalListBr.class.getName();
        List<String> cache = jvm.trainCache(jar, main, join(db, List.of("list-br")), "minimal", scratch, timer);
        return Contender.tool(MINIMAL, jvm.command(jar, main, cache), Map.of());
    }

    /**
     * {@link MinimalNativeListBr}, the same client on ovsguard's JNI unix socket, started as the hello-world is with the
     * options that load the library: what a JVM client connecting as ovsguard does pays at least. Empty when the
     * build made no library (no gcc), as ovsguard then uses the JDK's channel too.
     */
    private Optional<Contender> minimalNativeClient(List<String> db) {
        Path library = root.resolve(NATIVE_LIBRARY);
        if (!Files.isRegularFile(library)) {
            return Optional.empty();
        }
        List<String> programOptions = new ArrayList<>();
        if (jvm.featureVersion() >= 22) {
            programOptions.add("--enable-native-access=ALL-UNNAMED");
        }
        programOptions.add("-Dovsguard.native.library=" + library);
        Path jar = PeerJar.write(scratch, MinimalNativeListBr.class, List.of(MinimalListBr.class.getName(),
                "io.ovsguard.ovsdb.direct.NativeUnixSocket", "io.ovsguard.ovsdb.direct.NativeUnixSockets",
                "io.ovsguard.ovsdb.direct.NativeUnixSockets$Loaded"));
        String main = MinimalNativeListBr.class.getName();
        List<String> options = jvm.trainCache(jar, main, programOptions, join(db, List.of("list-br")),
                "minimal-native", scratch, timer);
        return Optional.of(Contender.tool(MINIMAL_NATIVE, jvm.command(jar, main, options), Map.of()));
    }

    /** The launchers' ratio, when both ran: what the native launcher saves. */
    private void launcherRatio(List<Runnable> ratios, RowGroup group) {
        ovsguardBash.ifPresent(bash -> ratios.add(() -> report.ratio(group, OVSGUARD, OVSGUARD_BASH, "(info)")));
    }

    /**
     * The {@code java ...} command the launcher ends in for a line like {@code sampleArguments}, as it prints it under
     * OVSGUARD_PRINT_JAVA_COMMAND, without the arguments: with the start-up cache the launcher picks for the line's
     * commands.
     */
    private Contender bareJvmCommand(List<String> sampleArguments) {
        Map<String, String> printing = new HashMap<>(ovsguard.environment());
        printing.put("OVSGUARD_PRINT_JAVA_COMMAND", "1");
        Measurement printed = timer.run(ovsguard.command(sampleArguments), printing);
        List<String> words = printed.succeeded() ? List.of(printed.stdout().split("\0")) : List.of();
        int end = words.size() - sampleArguments.size();
        if (end < 1 || !words.get(end - 1).equals(CLI_MAIN_CLASS)) {
            throw new IllegalStateException("the launcher printed no java command for " + sampleArguments + ": "
                    + printed.firstMessageLine());
        }
        return Contender.tool(OVSGUARD_JVM, words.subList(0, end), Map.of());
    }

    public static void main(String[] args) throws IOException {
        CliBenchSettings settings = CliBenchSettings.parse(args);
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        if (!ProcessTimer.available()) {
            throw new IllegalStateException("GNU time (/usr/bin/time) is needed: apt-get install time");
        }
        Path scratch = Files.createTempDirectory("ovsg-clibench");
        try {
            new CliBenchmark(settings, root, scratch).run();
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private void run() {
        List<Runnable> ratios = new ArrayList<>();
        if (settings.runs("startup")) {
            startup(ratios);
        }
        if (settings.runs("small")) {
            smallBridge(ratios);
        }
        if (settings.runs("wait")) {
            waitingForVswitchd(ratios);
        }
        if (settings.runs("scale")) {
            bigBridge(ratios);
        }
        report.section("ratios of median wall times (load average at end " + loadAverage() + ")");
        ratios.forEach(Runnable::run);
    }

    private void startup(List<Runnable> ratios) {
        report.section("start-up, no database");
        Contender floor = Contender.yardstick("floor: /bin/true", List.of("/bin/true"));
        CommandRounds rounds = new CommandRounds(timer, withOvsguardRows(List.of("--version"), floor, hello, vsctl),
                vsctl);
        rounds.repeat("warm-up", List.of("--version"), 3);
        RowGroup version = rounds.repeat("--version", List.of("--version"), settings.runs());
        report.group(version);
        ratios.add(() -> report.ratio(version, OVSGUARD, HELLO, "<= 1.5"));
        ratios.add(() -> report.ratio(version, OVSGUARD_JVM, HELLO, "<= 1.5"));
        ratios.add(() -> report.ratio(version, OVSGUARD, VSCTL, "(info)"));
        launcherRatio(ratios, version);
    }

    private void smallBridge(List<Runnable> ratios) {
        report.section("ovsdb-server sandbox, bridge br0 with one port, --no-wait");
        try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.ovsdbOnly());
                PortFixture ports = PortFixture.connect(sandbox.unixRemote())) {
            sandbox.vsctl("--no-wait", "add-br", "br0", "--", "add-port", "br0", "eth0").orThrow();
            List<String> db = List.of("--db=" + sandbox.unixRemote());
            List<Contender> leading = new ArrayList<>(List.of(hello, vsctl, minimalClient(db)));
            Optional<Contender> minimalNative = minimalNativeClient(db);
            minimalNative.ifPresent(leading::add);
            List<String> listBrLine = join(db, List.of("list-br"));
            RowGroup listBr = new CommandRounds(timer, withOvsguardRows(listBrLine,
                    leading.toArray(new Contender[0])), vsctl).repeat("list-br", listBrLine, settings.runs());
            report.group(listBr);
            ratios.add(() -> report.ratio(listBr, OVSGUARD, MINIMAL, "(info)"));
            ratios.add(() -> report.ratio(listBr, MINIMAL, HELLO, "(info)"));
            if (minimalNative.isPresent()) {
                ratios.add(() -> report.ratio(listBr, OVSGUARD, MINIMAL_NATIVE, "(info)"));
                ratios.add(() -> report.ratio(listBr, MINIMAL_NATIVE, HELLO, "(info)"));
            }
            CommandRounds rounds = new CommandRounds(timer, withOvsguardRows(join(db, List.of("--no-wait",
                    "add-port", "br0", "p1")), hello, vsctl), vsctl);
            List<RowGroup> churn = rounds.portChurn(sandbox, ports, "--no-wait", join(db, List.of("--no-wait")), "br0",
                    "p1", settings.runs(), box -> portState(box, "br0", "p1"));
            churn.forEach(report::group);
            for (RowGroup group : Stream.concat(Stream.of(listBr), churn.stream()).toList()) {
                ratios.add(() -> report.ratio(group, OVSGUARD, HELLO, "<= 1.5"));
                ratios.add(() -> report.ratio(group, OVSGUARD, VSCTL, "(info)"));
                launcherRatio(ratios, group);
            }
        }
    }

    private void waitingForVswitchd(List<Runnable> ratios) {
        report.section("DPDK ovs-vswitchd sandbox (socket-mem 64), netdev bridge br0, waiting for ovs-vswitchd");
        OvsSandbox sandbox;
        try {
            sandbox = OvsSandbox.start(SandboxSpec.builder().vswitchd(VswitchdSpec.socketMemory64()).build());
        } catch (SandboxException e) {
            report.note("skipped: no DPDK ovs-vswitchd sandbox on this host: " + e.getMessage().lines().findFirst()
                    .orElse(""));
            return;
        }
        try (sandbox; PortFixture ports = PortFixture.connect(sandbox.unixRemote())) {
            sandbox.vsctl("add-br", "br0", "--", "set", "bridge", "br0", "datapath_type=netdev").orThrow();
            CommandRounds rounds = new CommandRounds(timer, withOvsguardRows(List.of("--db=" + sandbox.unixRemote(),
                    "add-port", "br0", "p1"), hello, vsctl), vsctl);
            List<RowGroup> churn = rounds.portChurn(sandbox, ports, "(waits for ovs-vswitchd)",
                    List.of("--db=" + sandbox.unixRemote()), "br0", "p1", settings.runs(),
                    box -> portState(box, "br0", "p1"));
            churn.forEach(report::group);
            for (RowGroup group : churn) {
                ratios.add(() -> report.ratio(group, OVSGUARD, HELLO, "<= 1.5"));
                ratios.add(() -> report.ratio(group, OVSGUARD, VSCTL, "(info)"));
                launcherRatio(ratios, group);
            }
        }
    }

    private void bigBridge(List<Runnable> ratios) {
        report.section("ovsdb-server sandbox, bridge big with " + settings.ports() + " ports, --no-wait");
        try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.ovsdbOnly());
                PortFixture ports = PortFixture.connect(sandbox.unixRemote())) {
            sandbox.vsctl("--no-wait", "add-br", "big").orThrow();
            Instant start = Instant.now();
            BigBridge.fill(sandbox.unixRemote(), "big", settings.ports(), "b");
            report.note(String.format("filled in one transaction in %d ms", Duration.between(start, Instant.now())
                    .toMillis()));
            CommandRounds rounds = new CommandRounds(timer, List.of(vsctl, ovsguard), vsctl);
            List<String> options = List.of("--db=" + sandbox.unixRemote(), "--no-wait");
            List<RowGroup> churn = new ArrayList<>(rounds.portChurn(sandbox, ports, "--no-wait, " + settings.ports()
                    + "-port bridge", options, "big", "new0", settings.scaleRuns(),
                    box -> portState(box, "big", "new0")));
            churn.addAll(rounds.warmPortChurn(sandbox, ports, "--no-wait, " + settings.ports() + "-port bridge, "
                    + "each after one of its own", options, "big", "new0", "warm0", settings.scaleRuns(),
                    box -> portState(box, "big", "new0")));
            churn.forEach(report::group);
            for (RowGroup group : churn) {
                ratios.add(() -> report.ratio(group, VSCTL, OVSGUARD, ">= 10"));
            }
            // a lookup by name (fetches the named rows) and the listing commands, for information
            List<String> db = List.of("--db=" + sandbox.unixRemote());
            String middle = "b" + settings.ports() / 2;
            RowGroup portToBr = rounds.repeat("port-to-br " + middle + ", " + settings.ports() + "-port bridge",
                    join(db, List.of("port-to-br", middle)), settings.scaleRuns());
            RowGroup listBr = rounds.repeat("list-br, " + settings.ports() + "-port bridge",
                    join(db, List.of("list-br")), settings.scaleRuns());
            RowGroup listPorts = rounds.repeat("list-ports big, " + settings.ports() + "-port bridge",
                    join(db, List.of("list-ports", "big")), settings.scaleRuns());
            RowGroup listIfaces = rounds.repeat("list-ifaces big, " + settings.ports() + "-port bridge",
                    join(db, List.of("list-ifaces", "big")), settings.scaleRuns());
            RowGroup show = rounds.repeat("show, " + settings.ports() + "-port bridge", join(db, List.of("show")),
                    settings.scaleRuns());
            // the database commands' whole-table listings, every column
            RowGroup listPortTable = rounds.repeat("list Port, " + settings.ports() + "-port bridge",
                    join(db, List.of("list", "Port")), settings.scaleRuns());
            RowGroup listInterfaceTable = rounds.repeat("list Interface, " + settings.ports() + "-port bridge",
                    join(db, List.of("list", "Interface")), settings.scaleRuns());
            for (RowGroup group : List.of(portToBr, listBr, listPorts, listIfaces, show, listPortTable,
                    listInterfaceTable)) {
                report.group(group);
                ratios.add(() -> report.ratio(group, VSCTL, OVSGUARD, "(info)"));
            }
        }
    }

    /** What a port change left: the bridge's ports and the new port's and interface's configuration columns. */
    private static String portState(OvsSandbox sandbox, String bridge, String port) {
        return sandbox.vsctl("list-ports", bridge).orThrow().stdout()
                + sandbox.vsctl("--columns=name,bond_mode,external_ids,other_config,tag,trunks,vlan_mode",
                        "list", "Port", port).orThrow().stdout()
                + sandbox.vsctl("--columns=name,type,options,external_ids", "list", "Interface", port).orThrow()
                        .stdout();
    }

    /**
     * ovsguard as a drop-in: a symlink named ovs-vsctl (in {@code directory} of the scratch directory) to
     * {@code launcher}, so its output must be byte-identical to the real ovs-vsctl's (the "same result" column).
     */
    private static Path dropIn(Path scratch, String directory, Path launcher) {
        Path link = scratch.resolve(directory).resolve("ovs-vsctl");
        try {
            if (!Files.isSymbolicLink(link)) {
                Files.createDirectories(link.getParent());
                Files.createSymbolicLink(link, launcher);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot link " + link, e);
        }
        return link;
    }

    /**
     * The build prepares caches for the JDKs the launcher picks by default; for another JDK the launcher's first
     * run starts preparing one in the background. Poll until it is there (or give up and say so).
     */
    private void awaitLauncherCache(JvmLaunch jvm) {
        if (jvm.launcherCacheOptions(root).isPresent()) {
            return;
        }
        ovsguard.run(timer, List.of("--version"));
        Instant deadline = Instant.now().plus(CACHE_WAIT);
        while (jvm.launcherCacheOptions(root).isEmpty() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static List<String> join(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static String loadAverage() {
        return firstLine(Path.of("/proc/loadavg"), "").replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String firstLine(Path file, String fallback) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().orElse(fallback);
        } catch (IOException e) {
            return fallback;
        }
    }
}
