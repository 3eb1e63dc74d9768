package io.ovsguard.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.it.support.ProgramRun;
import io.ovsguard.it.support.ProjectRoot;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.junit.HostPrerequisite;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import io.ovsguard.sandbox.junit.WithSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What bin/ovsguard, run as the README installs it, does at start-up: it reaches the database through the direct
 * client's JNI unix sockets (named by the start-up cache's options, which the build prepared), never seeds a
 * {@code SecureRandom} (about 9 ms of CPU each time: the JDK's unix sockets and {@code UUID.randomUUID} both did),
 * looks nothing up on the class path (SLF4J's provider is named, and the CLI's own back end reads no properties
 * file), does not parse the schema the server serves when it is the compiled-in one, and answers exactly as
 * ovs-vsctl does.
 */
@RequiresOvs
@ExtendWith(OvsSandboxExtension.class)
class LauncherStartupIT {

    @WithSandbox
    static OvsSandbox sandbox;

    @Test
    void theInstalledLauncherLoadsTheNativeUnixSocketsAndPrintsWhatOvsVsctlPrints(@TempDir Path dir)
            throws IOException {
        HostPrerequisite.require(Files.isRegularFile(
                ProjectRoot.find().resolve("ovsdb-client/target/native/libovsguard-unix.so")),
                "the native unix-socket library was not built (no gcc?)");
        sandbox.vsctl("--no-wait", "init", "--", "add-br", "br0", "--", "add-port", "br0", "p1").orThrow();
        Path link = Files.createSymbolicLink(dir.resolve("ovs-vsctl"), ProjectRoot.find().resolve("bin/ovsguard"));
        Path jvmLog = dir.resolve("jvm.log");
        List<String> args = List.of("--db=" + sandbox.unixRemote(), "list-ports", "br0");

        ProgramRun ovsguard = run(link, args, Map.of("OVSGUARD_JVM_OPTIONS", "-Xlog:library=info:file=" + jvmLog));
        ProgramRun real = run(Path.of("/usr/bin/ovs-vsctl"), args, Map.of());

        assertThat(ovsguard).isEqualTo(real);
        assertThat(ovsguard.out()).isEqualTo("p1\n");
        assertThat(Files.readString(jvmLog, StandardCharsets.UTF_8))
                .as("the JVM's library log").contains("Loaded library").contains("libovsguard-unix.so");
    }

    @Test
    void addingAPortSeedsNoSecureRandomAndLooksUpNothingOnTheClassPath(@TempDir Path dir) throws IOException {
        sandbox.vsctl("--no-wait", "init", "--", "--may-exist", "add-br", "br1").orThrow();
        Path link = Files.createSymbolicLink(dir.resolve("ovs-vsctl"), ProjectRoot.find().resolve("bin/ovsguard"));
        Path jvmLog = dir.resolve("jvm.log");

        ProgramRun ovsguard = run(link, List.of("--db=" + sandbox.unixRemote(), "--no-wait", "add-port", "br1", "q1"),
                Map.of("OVSGUARD_JVM_OPTIONS", "-Xlog:class+init=info:file=" + jvmLog));

        assertThat(ovsguard).isEqualTo(new ProgramRun(0, "", ""));
        assertThat(sandbox.vsctl("list-ports", "br1").orThrow().output()).isEqualTo("q1");
        String initialised = Files.readString(jvmLog, StandardCharsets.UTF_8);
        assertThat(initialised).as("the JVM's class initialisation log")
                .contains("Initializing 'io/ovsguard/cli/app/Main'")
                .doesNotContain("'java/security/SecureRandom'")
                // SLF4J's provider scan and slf4j-simple's properties lookup opened the jar: about 9 ms of CPU; a
                // call that logs nothing does not start the logging back end at all
                .doesNotContain("'java/util/ServiceLoader'")
                .doesNotContain("'java/net/JarURLConnection'")
                .doesNotContain("'org/slf4j/LoggerFactory'")
                // every class comes from the start-up cache: the jar is not even opened
                .doesNotContain("'jdk/internal/loader/URLClassPath$JarLoader'")
                // the server serves the compiled-in schema's exact text (KnownVswitchSchemaIT): nothing is parsed
                .contains("Initializing 'io/ovsguard/cli/exec/KnownVswitchSchema'")
                .doesNotContain("'io/ovsguard/ovsdb/codec/SchemaParser'");
    }

    @Test
    void aPortChangeThatWaitsForOvsVswitchdLoadsEverythingFromTheStartUpCache(@TempDir Path dir) throws IOException {
        // no ovs-vswitchd here: a cur_cfg set ahead answers the wait, as ovs-vswitchd would
        sandbox.vsctl("--no-wait", "init", "--", "--may-exist", "add-br", "br4", "--", "set", "Open_vSwitch", ".",
                "cur_cfg=1000000").orThrow();
        Path link = Files.createSymbolicLink(dir.resolve("ovs-vsctl"), ProjectRoot.find().resolve("bin/ovsguard"));
        Path jvmLog = dir.resolve("jvm.log");

        ProgramRun ovsguard = run(link, List.of("--db=" + sandbox.unixRemote(), "add-port", "br4", "w1"),
                Map.of("OVSGUARD_JVM_OPTIONS", "-Xlog:class+init=info:file=" + jvmLog));

        // w1 got no OpenFlow port (nothing plays ovs-vswitchd's part but cur_cfg), which ovs-vsctl reports too
        assertThat(ovsguard.status()).isZero();
        assertThat(ovsguard.out()).isEmpty();
        assertThat(ovsguard.err()).startsWith("ovs-vsctl: Error detected while setting up 'w1'.  "
                + "See ovs-vswitchd log for details.\novs-vsctl: The default log directory is ");
        String initialised = Files.readString(jvmLog, StandardCharsets.UTF_8);
        assertThat(initialised).as("the JVM's class initialisation log")
                .contains("Initializing 'io/ovsguard/cli/exec/ReloadWait'")
                .contains("Initializing 'io/ovsguard/cli/exec/InterfaceCheck'")
                // a class missing from the cache is read from the jar (opening it costs about 3 ms) and its lambdas
                // are spun at run time: the waiting path was missing until the training waited successfully
                .doesNotContain("'jdk/internal/loader/URLClassPath$JarLoader'");
    }

    @Test
    void aWaitingChangeWhoseInterfacesCameUpDoesNotLookAtTheTerminal(@TempDir Path dir) throws IOException {
        // the terminal only decides where a failure report goes among the output; without one, no /proc read
        sandbox.vsctl("--no-wait", "init", "--", "--may-exist", "add-br", "br6", "--", "set", "Open_vSwitch", ".",
                "cur_cfg=1000000").orThrow();
        Path link = Files.createSymbolicLink(dir.resolve("ovs-vsctl"), ProjectRoot.find().resolve("bin/ovsguard"));
        Path waited = dir.resolve("waited.log");
        Path failed = dir.resolve("failed.log");

        ProgramRun noInterface = run(link, List.of("--db=" + sandbox.unixRemote(), "br-set-external-id", "br6", "k",
                "v"), Map.of("OVSGUARD_JVM_OPTIONS", "-Xlog:class+init=info:file=" + waited));
        ProgramRun downInterface = run(link, List.of("--db=" + sandbox.unixRemote(), "add-port", "br6", "w6"),
                Map.of("OVSGUARD_JVM_OPTIONS", "-Xlog:class+init=info:file=" + failed));

        assertThat(noInterface.status()).isZero();
        assertThat(noInterface.err()).isEmpty();
        assertThat(Files.readString(waited, StandardCharsets.UTF_8)).as("a waiting change, nothing to report")
                .contains("Initializing 'io/ovsguard/cli/exec/ReloadWait'")
                .doesNotContain("Initializing 'io/ovsguard/cli/exec/StdoutTerminal'");
        assertThat(downInterface.err()).contains("Error detected while setting up 'w6'");
        assertThat(Files.readString(failed, StandardCharsets.UTF_8)).as("a waiting change with a report")
                .contains("Initializing 'io/ovsguard/cli/exec/StdoutTerminal'");
    }

    @Test
    void commonCommandLinesLoadEveryClassFromTheirStartUpCache(@TempDir Path dir) throws IOException {
        // no ovs-vswitchd here: a cur_cfg set ahead answers the waits, as ovs-vswitchd would
        sandbox.vsctl("--no-wait", "init", "--", "--may-exist", "add-br", "br5", "--", "--may-exist", "add-port",
                "br5", "s1", "--", "set", "Open_vSwitch", ".", "cur_cfg=1000000").orThrow();
        Path link = Files.createSymbolicLink(dir.resolve("ovs-vsctl"), ProjectRoot.find().resolve("bin/ovsguard"));
        String db = "--db=" + sandbox.unixRemote();
        List<List<String>> lines = List.of(
                List.of(db, "list-br"),                                            // lookup cache from here
                // checked against ovs-vsctl's built-in schema before it connects: the compiled-in one, not parsed
                List.of(db, "--retry", "list-br"),
                List.of(db, "br-exists", "br5"),
                List.of(db, "br-to-vlan", "br5"),
                List.of(db, "port-to-br", "s1"),
                List.of(db, "iface-to-br", "s1"),
                List.of(db, "--no-wait", "add-port", "br5", "s3"),                 // port cache from here
                List.of(db, "--no-wait", "del-port", "br5", "s3"),
                List.of(db, "add-port", "br5", "s4"),
                List.of(db, "del-port", "s4"),
                List.of(db, "get", "Port", "s1", "name"),                          // core cache from here
                List.of(db, "set", "Bridge", "br5", "external_ids:k=v"),
                List.of(db, "list-ports", "br5"),
                List.of(db, "add-port", "br5", "s2"),
                List.of(db, "del-port", "br5", "s2"),
                List.of(db, "list", "Bridge", "br5"),                             // full cache from here
                // the rows in the order the IDL created them, read by monitor_cond
                List.of(db, "--columns=name", "list", "Port", "--", "list", "Interface"),
                List.of(db, "remove", "Bridge", "br5", "external_ids", "k"),
                List.of(db, "set-controller", "br5", "tcp:127.0.0.1:6653"),
                List.of(db, "get-manager"),
                List.of(db, "--dry-run", "set", "Interface", "s1", "mtu_request=1600"));

        for (List<String> args : lines) {
            Path log = Files.createTempFile(dir, "classes", ".log");
            ProgramRun ovsguard = run(link, args, Map.of("OVSGUARD_JVM_OPTIONS", "-Xlog:class+load=info:file=" + log));
            assertThat(ovsguard.status()).as("%s: %s", args, ovsguard.err()).isZero();
            // read from the jar or spun at run time (a lambda the cache does not hold, such as the JDK's
            // Comparator.comparing): each costs a call milliseconds. Blocker is a JDK class no cache holds.
            assertThat(Files.readAllLines(log, StandardCharsets.UTF_8)).as("classes %s loaded outside its cache", args)
                    .filteredOn(line -> !line.contains("source: shared objects file"))
                    .filteredOn(line -> !line.contains(" jdk.internal.misc.Blocker "))
                    .isEmpty();
        }
    }

    @Test
    void theCommonestCommandsRunWithoutAStreamOrARegularExpression(@TempDir Path dir) throws IOException {
        // no ovs-vswitchd here: a cur_cfg set ahead answers the waits, as ovs-vswitchd would
        sandbox.vsctl("--no-wait", "init", "--", "--may-exist", "add-br", "br6", "--", "set", "Open_vSwitch", ".",
                "cur_cfg=1000000").orThrow();
        Path link = Files.createSymbolicLink(dir.resolve("ovs-vsctl"), ProjectRoot.find().resolve("bin/ovsguard"));
        String db = "--db=" + sandbox.unixRemote();
        List<List<String>> lines = List.of(
                List.of(db, "list-br"),
                List.of(db, "--no-wait", "add-port", "br6", "t1", "tag=5"),
                List.of(db, "add-port", "br6", "t2"),
                List.of(db, "list-ports", "br6"),
                List.of(db, "get", "Port", "t1", "tag"),
                List.of(db, "--no-wait", "set", "Interface", "t1", "type=internal"),
                List.of(db, "--no-wait", "add-br", "br60", "br6", "60"),
                List.of(db, "--no-wait", "del-br", "br60"),
                List.of(db, "--no-wait", "del-port", "br6", "t1"),
                List.of(db, "del-port", "t2"));

        for (List<String> args : lines) {
            Path log = Files.createTempFile(dir, "initialised", ".log");
            ProgramRun ovsguard = run(link, args, Map.of("OVSGUARD_JVM_OPTIONS", "-Xlog:class+init=info:file=" + log));
            assertThat(ovsguard.status()).as("%s: %s", args, ovsguard.err()).isZero();
            // a cold JVM interprets the first stream pipeline's set-up (~0.4 ms, with a reflective look-up of an
            // enum's constants) and compiles each regular expression: the path of these commands uses neither
            assertThat(Files.readAllLines(log, StandardCharsets.UTF_8)).as("classes %s initialised", args)
                    .filteredOn(line -> line.contains("'java/util/stream/") || line.contains("'java/util/regex/"))
                    .isEmpty();
        }
        assertThat(sandbox.vsctl("list-ports", "br6").orThrow().output()).isEmpty();
    }

    @Test
    void aLibraryWarningGoesToStderrThroughTheCliLoggingBackEndWithoutAClassPathLookup(@TempDir Path dir)
            throws IOException {
        sandbox.vsctl("--no-wait", "init", "--", "--may-exist", "add-br", "br3").orThrow();
        Path link = Files.createSymbolicLink(dir.resolve("ovs-vsctl"), ProjectRoot.find().resolve("bin/ovsguard"));
        Path notALibrary = Files.writeString(dir.resolve("not-a-library.so"), "not an ELF file");
        Path jvmLog = dir.resolve("jvm.log");

        // a later -D wins: the native library named by the start-up cache is replaced by a file that cannot load
        ProgramRun ovsguard = run(link, List.of("--db=" + sandbox.unixRemote(), "br-exists", "br3"), Map.of(
                "OVSGUARD_JVM_OPTIONS", "-Dovsguard.native.library=" + notALibrary
                        + " -Xlog:class+init=info:file=" + jvmLog));

        assertThat(ovsguard.status()).isZero();
        assertThat(ovsguard.out()).isEmpty();
        // the JVM adds its own warning about a library that is not one (no GNU_STACK note); ours is the one line
        // in slf4j-simple's format
        assertThat(ovsguard.err().lines().filter(line -> line.startsWith("["))).singleElement()
                .satisfies(line -> assertThat(line).startsWith("[ovsguard-startup-warmup] WARN io.ovsguard.ovsdb"
                        + ".direct.NativeUnixSockets - cannot load " + notALibrary)
                        .endsWith("unix sockets use the JDK's channels"));
        assertThat(Files.readString(jvmLog, StandardCharsets.UTF_8)).as("the JVM's class initialisation log")
                .contains("Initializing 'io/ovsguard/cli/logging/CliLoggerProvider'")
                .doesNotContain("'java/util/ServiceLoader'")
                .doesNotContain("'java/net/JarURLConnection'");
    }

    @Test
    void eachLineStartsFromTheFirstCommandCacheHoldingAllItsCommandsAndTheRestFromTheFullOne(@TempDir Path dir)
            throws IOException {
        sandbox.vsctl("--no-wait", "init", "--", "--may-exist", "add-br", "br2").orThrow();
        Path link = Files.createSymbolicLink(dir.resolve("ovs-vsctl"), ProjectRoot.find().resolve("bin/ovsguard"));
        String db = "--db=" + sandbox.unixRemote();

        // the bridge lookups, and a line of options alone, which has no command outside any cache's
        assertThat(cacheUsed(link, dir, List.of(db, "list-br"))).endsWith(".lookup.aot");
        assertThat(cacheUsed(link, dir, List.of(db, "br-exists", "br2", "--", "port-to-br", "p0")))
                .endsWith(".lookup.aot");
        assertThat(cacheUsed(link, dir, List.of("--version"))).endsWith(".lookup.aot");
        // help and the listings: the full cache, so that no command cache holds their classes
        for (String option : List.of("--help", "--commands", "--options", "-h")) {
            assertThat(cacheUsed(link, dir, List.of(option))).as(option).doesNotEndWith(".lookup.aot")
                    .doesNotEndWith(".port.aot").doesNotEndWith(".core.aot").endsWith(".aot");
        }
        // the port changes
        assertThat(cacheUsed(link, dir, List.of(db, "--no-wait", "add-port", "br2", "c1"))).endsWith(".port.aot");
        assertThat(cacheUsed(link, dir, List.of(db, "--no-wait", "--if-exists", "del-port", "br2", "c1")))
                .endsWith(".port.aot");
        // commands of two caches, or of the core commands only: the core cache
        assertThat(cacheUsed(link, dir, List.of(db, "--no-wait", "add-port", "br2", "c1", "--", "list-br")))
                .endsWith(".core.aot");
        assertThat(cacheUsed(link, dir, List.of(db, "--no-wait", "add-port", "br2", "c2", "--", "set", "Bridge",
                "br2", "external_ids:k=v"))).endsWith(".core.aot");
        // a command outside every command cache, a line naming DPDK (the guard's classes)
        assertThat(cacheUsed(link, dir, List.of(db, "show"))).endsWith("_java.aot");
        assertThat(cacheUsed(link, dir, List.of(db, "list-br", "--", "show"))).endsWith("_java.aot");
        assertThat(cacheUsed(link, dir, List.of(db, "--dry-run", "add-port", "br2", "d1", "--", "set",
                "Interface", "d1", "type=dpdk"))).endsWith("_java.aot");
        assertThat(cacheUsed(link, dir, List.of(db, "--dry-run", "add-port", "br2", "d1", "type=dpdk")))
                .endsWith("_java.aot");
        // other words of a change the guard checks: its validator's classes are in the full cache only
        assertThat(cacheUsed(link, dir, List.of(db, "--dry-run", "set", "Interface", "c1", "mtu_request=9000")))
                .endsWith("_java.aot");
        assertThat(cacheUsed(link, dir, List.of(db, "--dry-run", "set", "Open_vSwitch", ".",
                "other_config:pmd-cpu-mask=0x2"))).endsWith("_java.aot");
    }

    /** The start-up cache the JVM mapped for this command line, from its class-data-sharing log. */
    private static String cacheUsed(Path launcher, Path dir, List<String> args)
            throws IOException {
        Path log = Files.createTempFile(dir, "cds", ".log");
        run(launcher, args, Map.of("OVSGUARD_JVM_OPTIONS", "-Xlog:cds=info:file=" + log));
        java.util.regex.Matcher opened = java.util.regex.Pattern.compile("Opened shared archive file (\\S+)\\.")
                .matcher(Files.readString(log, StandardCharsets.UTF_8));
        assertThat(opened.find()).as("a cache was mapped for %s", args).isTrue();
        return opened.group(1);
    }

    private static ProgramRun run(Path program, List<String> args, Map<String, String> environment) {
        List<String> command = new java.util.ArrayList<>(List.of(program.toString()));
        command.addAll(args);
        return ProgramRun.of(command, environment, Duration.ofMinutes(2));
    }
}
