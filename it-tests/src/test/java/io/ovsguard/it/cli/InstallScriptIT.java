package io.ovsguard.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.it.support.ProgramRun;
import io.ovsguard.it.support.ProjectRoot;
import io.ovsguard.sandbox.junit.HostPrerequisite;
import io.ovsguard.sandbox.junit.RequiresOvs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scripts/install-ovsguard.sh}: the launcher, man page and completion the README's set-up installs. */
@RequiresOvs
class InstallScriptIT {

    private static final Path ROOT = ProjectRoot.find();

    @Test
    void installsTheLauncherUnderBothNamesWithItsManPageAndCompletion(@TempDir Path prefix)
            throws IOException {
        Path nativeLauncher = ROOT.resolve("cli/target/launcher/ovsguard");
        HostPrerequisite.require(Files.isExecutable(nativeLauncher), "the native launcher was not built (no gcc?)");
        ProgramRun install = run(List.of(ROOT.resolve("scripts/install-ovsguard.sh").toString(), "--as-ovs-vsctl",
                prefix.toString()));
        assertThat(install.status()).as(install.err()).isZero();

        // the native launcher, the build made it
        assertThat(Files.readSymbolicLink(prefix.resolve("bin/ovsguard"))).isEqualTo(nativeLauncher);
        assertThat(Files.readSymbolicLink(prefix.resolve("bin/ovs-vsctl"))).isEqualTo(nativeLauncher);
        assertThat(prefix.resolve("share/man/man8/ovsguard.8"))
                .hasSameTextualContentAs(ROOT.resolve("cli/src/main/dist/ovsguard.8"));
        assertThat(prefix.resolve("share/bash-completion/completions/ovsguard"))
                .hasSameTextualContentAs(ROOT.resolve("cli/src/main/dist/ovsguard.bash-completion"));

        // installed as ovs-vsctl, it answers as the real one does
        ProgramRun installed = run(List.of(prefix.resolve("bin/ovs-vsctl").toString(), "--version"));
        ProgramRun real = run(List.of("ovs-vsctl", "--version"));
        assertThat(installed.status()).isZero();
        assertThat(installed.out()).isEqualTo(real.out());

        // found through PATH by its bare name, it names itself as typed, not by the path the shell found
        Map<String, String> pathFirst = Map.of("PATH", prefix.resolve("bin") + ":" + System.getenv("PATH"));
        // (a shell looks the name up in the child's PATH; ProcessBuilder would use this JVM's)
        ProgramRun byName = run(List.of("bash", "-c", "exec ovs-vsctl --no-such-option"), pathFirst);
        ProgramRun realByName = run(List.of("/usr/bin/ovs-vsctl", "--no-such-option"), Map.of());
        assertThat(byName.status()).isEqualTo(realByName.status()).isNotZero();
        assertThat(byName.err()).isEqualTo(realByName.err().replace("/usr/bin/ovs-vsctl", "ovs-vsctl"))
                .startsWith("ovs-vsctl: ");
        ProgramRun byPath = run(List.of(prefix.resolve("bin/ovs-vsctl").toString(), "--no-such-option"), Map.of());
        assertThat(byPath.err()).startsWith(prefix.resolve("bin/ovs-vsctl") + ": ");

        ProgramRun again = run(List.of(ROOT.resolve("scripts/install-ovsguard.sh").toString(), prefix.toString()));
        assertThat(again.status()).as("a second install replaces the first: " + again.err()).isZero();
    }

    @Test
    void installsTheBashLauncherWhenTheNativeOneWasNotBuilt(@TempDir Path dir) throws IOException {
        LauncherCopy copy = LauncherCopy.of(ROOT, dir.resolve("repository"));
        Files.delete(copy.nativeLauncher());
        Path prefix = dir.resolve("prefix");

        ProgramRun install = run(List.of(copy.installScript().toString(),
                "--as-ovs-vsctl", prefix.toString()));

        assertThat(install.status()).as(install.err()).isZero();
        assertThat(Files.readSymbolicLink(prefix.resolve("bin/ovs-vsctl"))).isEqualTo(copy.bashLauncher());
        assertThat(run(List.of(prefix.resolve("bin/ovs-vsctl").toString(), "--version")).out())
                .isEqualTo(run(List.of("ovs-vsctl", "--version")).out());
    }

    @Test
    void rejectsAnUnknownOptionWithUsageAndInstallsNothing(@TempDir Path prefix)
            throws IOException {
        ProgramRun install = run(List.of(ROOT.resolve("scripts/install-ovsguard.sh").toString(), "--bogus",
                prefix.toString()));
        assertThat(install.status()).isEqualTo(1);
        assertThat(install.err()).contains("unknown option --bogus").contains("usage:");
        assertThat(prefix).isEmptyDirectory();
    }

    private static ProgramRun run(List<String> command) {
        return run(command, Map.of());
    }

    private static ProgramRun run(List<String> command, Map<String, String> environment) {
        return ProgramRun.of(command, environment, Duration.ofMinutes(10));
    }
}
