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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native launcher (cli/src/main/launcher, built into cli/target/launcher/ovsguard) against its reference, the
 * bash launcher bin/ovsguard, and the real ovs-vsctl: the same java command line, the same stdout, stderr and exit
 * status, whether it runs java itself or hands the call to bin/ovsguard. Each comparison calls both launchers through
 * one link named ovs-vsctl, pointed at one and then the other, so that both are typed by the same name.
 */
@RequiresOvs
@ExtendWith(OvsSandboxExtension.class)
class NativeLauncherIT {

    private static final Path ROOT = ProjectRoot.find();
    private static final Path NATIVE = ROOT.resolve("cli/target/launcher/ovsguard");
    private static final Path BASH = ROOT.resolve("bin/ovsguard");
    private static final Path REAL = Path.of("/usr/bin/ovs-vsctl");
    private static final String PRINT = "OVSGUARD_PRINT_JAVA_COMMAND";

    @WithSandbox
    static OvsSandbox sandbox;

    @BeforeAll
    static void bridge() {
        sandbox.vsctl("--no-wait", "init", "--", "--may-exist", "add-br", "n0", "--", "--may-exist", "add-port", "n0",
                "p1").orThrow();
    }

    @BeforeEach
    void nativeLauncherBuilt() {
        HostPrerequisite.require(Files.isExecutable(NATIVE), "the native launcher was not built (no gcc?)");
    }

    @Test
    void answersAsTheBashLauncherAndOvsVsctlDoThroughALinkNamedOvsVsctl(@TempDir Path dir) throws IOException {
        Path link = dir.resolve("ovs-vsctl");
        for (List<String> args : List.of(List.of(db(), "list-ports", "n0"), List.of("--version"),
                List.of(db(), "br-exists", "nope"))) {
            ProgramRun real = run(REAL, args, Map.of());
            assertThat(runThrough(link, NATIVE, args, Map.of())).as("%s", args)
                    .isEqualTo(runThrough(link, BASH, args, Map.of())).isEqualTo(real);
        }
        assertThat(runThrough(link, NATIVE, List.of(db(), "list-ports", "n0"), Map.of()).out()).isEqualTo("p1\n");
    }

    @Test
    void aUsageErrorNamesTheProgramAsItWasTyped(@TempDir Path dir) throws IOException {
        Path link = dir.resolve("ovs-vsctl");
        List<String> args = List.of("--no-such-option");
        ProgramRun real = run(REAL, args, Map.of());
        assertThat(real.status()).isNotZero();

        ProgramRun byPath = runThrough(link, NATIVE, args, Map.of());
        assertThat(byPath).isEqualTo(runThrough(link, BASH, args, Map.of()))
                .isEqualTo(new ProgramRun(real.status(), real.out(), real.err().replace(REAL.toString(),
                        link.toString())));
        assertThat(byPath.err()).startsWith(link + ": ");

        // found through PATH by its bare name (a shell looks it up in the child's PATH)
        List<String> byName = List.of("-c", "exec ovs-vsctl --no-such-option");
        Map<String, String> pathFirst = Map.of("PATH", dir + ":" + System.getenv("PATH"));
        ProgramRun nativeByName = runThrough(link, NATIVE, List.of(), Map.of(), Path.of("/bin/bash"), byName,
                pathFirst);
        assertThat(nativeByName)
                .isEqualTo(runThrough(link, BASH, List.of(), Map.of(), Path.of("/bin/bash"), byName, pathFirst))
                .isEqualTo(new ProgramRun(real.status(), real.out(), real.err().replace(REAL.toString(),
                        "ovs-vsctl")));
        assertThat(nativeByName.err()).startsWith("ovs-vsctl: ");
    }

    @Test
    void argumentsWithSpacesQuotesAndEmptyStringsReachTheCommandUnchanged(@TempDir Path dir) throws IOException {
        Path link = dir.resolve("ovs-vsctl");
        List<List<String>> lines = List.of(
                List.of(db(), "--no-wait", "set", "Bridge", "n0", "external_ids:note=\"a  b 'c' \\\"d\\\"\"", "--",
                        "get", "Bridge", "n0", "external_ids:note"),
                List.of(db(), "br-exists", ""),
                List.of(db(), "list-br", "", "a b"),
                List.of(db(), "--columns=name,  external_ids", "find", "Bridge", "name=n0"));
        for (List<String> args : lines) {
            ProgramRun real = run(REAL, args, Map.of());
            assertThat(runThrough(link, NATIVE, args, Map.of())).as("%s", args)
                    .isEqualTo(runThrough(link, BASH, args, Map.of())).isEqualTo(real);
        }
    }

    @Test
    void buildsTheJavaCommandLineTheBashLauncherBuildsAndRunsIt(@TempDir Path dir) throws IOException {
        Path link = dir.resolve("ovs-vsctl");
        // one line for each cache: lookup, full (help), port, core (two groups' commands), full
        List<List<String>> lines = List.of(List.of("--version"), List.of("--help"), List.of(db(), "list-br"),
                List.of(db(), "--no-wait", "add-port", "n0", "p9"),
                List.of(db(), "--no-wait", "add-port", "n0", "p9", "--", "list-br"),
                List.of(db(), "list-br", "--", "show"), List.of(db(), "--dry-run", "add-port", "n0", "dpdk0"),
                List.of(db(), "--dry-run", "set", "Interface", "n0", "mtu_request=9000"),
                List.of(db(), "--dry-run", "set", "Open_vSwitch", ".", "other_config:per-port-memory=true"),
                List.of("", " ", "a b", "'q'", "\"dq\"", "--", "--", "x\ty"));
        List<Map<String, String>> environments = List.of(Map.of(),
                Map.of("OVSGUARD_JVM_OPTIONS", "  -Xss2m   -Xmx300m\t-Dx=1 "), Map.of("OVSGUARD_JAVA", "/usr/bin/java"));
        for (List<String> args : lines) {
            for (Map<String, String> environment : environments) {
                List<String> command = javaCommand(runThrough(link, NATIVE, args, printing(environment)));
                assertThat(command).as("%s with %s", args, environment)
                        .isEqualTo(javaCommand(runThrough(link, BASH, args, printing(environment))))
                        .contains("-Dovsguard.program=ovs-vsctl", "-Dovsguard.argv0=" + link)
                        .endsWith(args.toArray(String[]::new));
                // the build prepared both caches, so the fast path applies (LauncherCopy tests the hand-over)
                assertThat(command).anyMatch(option -> option.startsWith("-XX:SharedArchiveFile="));
            }
        }

        // what it prints is what it runs
        List<String> args = List.of(db(), "list-ports", "n0");
        List<String> printed = javaCommand(runThrough(link, NATIVE, args, printing(Map.of())));
        assertThat(ProgramRun.of(printed, Map.of(), Duration.ofMinutes(2)))
                .isEqualTo(runThrough(link, NATIVE, args, Map.of())).isEqualTo(run(REAL, args, Map.of()));
    }

    @Test
    void handsACallWithoutAFreshStartUpCacheToTheBashLauncher(@TempDir Path dir) throws IOException {
        LauncherCopy copy = LauncherCopy.of(ROOT, dir.resolve("repository"));
        copy.ageStartupCache();
        Path link = dir.resolve("ovs-vsctl");
        for (List<String> args : List.of(List.of(db(), "list-ports", "n0"), List.of("--no-such-option"))) {
            ProgramRun real = run(REAL, args, Map.of());
            assertThat(runThrough(link, copy.nativeLauncher(), args, Map.of())).as("%s", args)
                    .isEqualTo(runThrough(link, copy.bashLauncher(), args, Map.of()))
                    .isEqualTo(new ProgramRun(real.status(), real.out(), real.err().replace(REAL.toString(),
                            link.toString())));
        }
        List<String> args = List.of(db(), "list-br");
        List<String> command = javaCommand(runThrough(link, copy.nativeLauncher(), args, printing(Map.of())));
        assertThat(command).isEqualTo(javaCommand(runThrough(link, copy.bashLauncher(), args, printing(Map.of()))))
                .contains("-Dovsguard.program=ovs-vsctl")
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile="));
    }

    @Test
    void runsJavaItselfWhenTheCacheIsFreshAndHandsOnlyTheRestToTheBashLauncher(@TempDir Path dir)
            throws IOException {
        LauncherCopy copy = LauncherCopy.of(ROOT, dir.resolve("repository"));
        copy.replaceBashLauncher("bash launcher:");
        Path link = dir.resolve("ovs-vsctl");

        assertThat(runThrough(link, copy.nativeLauncher(), List.of("--version"), Map.of()))
                .isEqualTo(run(REAL, List.of("--version"), Map.of()));
        // the sandbox commands may install OVS first, a missing cache is prepared: bin/ovsguard's part
        assertThat(runThrough(link, copy.nativeLauncher(), List.of("demo", "a b"), Map.of()))
                .isEqualTo(new ProgramRun(3, "bash launcher: demo a b\n", ""));
        copy.ageStartupCache();
        assertThat(runThrough(link, copy.nativeLauncher(), List.of("--version"), Map.of()))
                .isEqualTo(new ProgramRun(3, "bash launcher: --version\n", ""));
    }

    private static String db() {
        return "--db=" + sandbox.unixRemote();
    }

    private static Map<String, String> printing(Map<String, String> environment) {
        Map<String, String> printing = new HashMap<>(environment);
        printing.put(PRINT, "1");
        return printing;
    }

    /** The NUL-separated java command line a launcher printed under OVSGUARD_PRINT_JAVA_COMMAND. */
    private static List<String> javaCommand(ProgramRun printed) {
        assertThat(printed.status()).as(printed.err()).isZero();
        assertThat(printed.out()).endsWith("\0");
        return Arrays.asList(printed.out().substring(0, printed.out().length() - 1).split("\0", -1));
    }

    /** Points {@code link} at {@code launcher} and runs it with {@code args}. */
    private static ProgramRun runThrough(Path link, Path launcher, List<String> args, Map<String, String> environment)
            throws IOException {
        return runThrough(link, launcher, args, environment, link, List.of(), Map.of());
    }

    /** Points {@code link} at {@code launcher}, then runs {@code program} (the link or a shell calling it). */
    private static ProgramRun runThrough(Path link, Path launcher, List<String> args, Map<String, String> environment,
            Path program, List<String> programArgs, Map<String, String> programEnvironment) throws IOException {
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, launcher);
        List<String> all = new ArrayList<>(programArgs);
        all.addAll(args);
        Map<String, String> env = new HashMap<>(environment);
        env.putAll(programEnvironment);
        try {
            return run(program, all, env);
        } finally {
            // JUnit warns about a link out of a temporary directory that it deletes
            Files.delete(link);
        }
    }

    private static ProgramRun run(Path program, List<String> args, Map<String, String> environment) {
        List<String> command = new ArrayList<>(List.of(program.toString()));
        command.addAll(args);
        return ProgramRun.of(command, environment, Duration.ofMinutes(2));
    }
}
