package io.ovsguard.cli.app;

import io.ovsguard.cli.call.CommandExecutor;
import io.ovsguard.sandbox.junit.HostPrerequisite;
import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.InProcessCli;
import io.ovsguard.cli.RealVsctl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --help}, {@code --version}, {@code --commands} and {@code --options} against the installed ovs-vsctl. */
class HelpOutputTest {

    @BeforeAll
    static void requireRealOvsVsctl() {
        HostPrerequisite.require(RealVsctl.installed(), "needs " + RealVsctl.BINARY + " (package openvswitch-common)");
    }

    @Test
    void helpAsOvsVsctlIsByteIdenticalToOvsVsctl() {
        RealVsctl.Result real = RealVsctl.run("--help");

        RealVsctl.Result ours = InProcessCli.runAsVsctl("--help");

        assertThat(ours).isEqualTo(real);
    }

    @Test
    void shortHelpOptionStopsBeforeLaterBadOptions() {
        assertThat(InProcessCli.runAsVsctl("-h", "--bogus")).isEqualTo(RealVsctl.run("-h", "--bogus"));
    }

    @Test
    void helpAsOvsguardIsOvsVsctlsHelpWithTheProgramNameReplacedFollowedByOwnSections() {
        String real = RealVsctl.run("--help").stdout().replace("ovs-vsctl", "ovsguard");

        RealVsctl.Result ours = InProcessCli.run("ovsguard", CommandExecutor.none(), "--help");

        assertThat(ours.exitCode()).isZero();
        assertThat(ours.stdout()).startsWith(real);
        assertThat(ours.stdout().substring(real.length()))
                .startsWith("\novsguard commands:\n  check ")
                .contains("\n  sandbox start|stop|status   ")
                .contains("ovsguard options (before the first command):\n  --no-validate ")
                .contains("\n  --sysfs-root=DIR ")
                .endsWith("  --json                      print findings as JSON\n");
    }

    @Test
    void programNameComesFromTheBaseNameOfArgv0WithoutLibtoolPrefix(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("lt-myvsctl"), Path.of(RealVsctl.BINARY));
        RealVsctl.Result real = RealVsctl.runAs(link.toString(), "--help");
        Files.delete(link);

        RealVsctl.Result ours = InProcessCli.run(link.toString(), CommandExecutor.none(), "--help");

        assertThat(real.stdout()).startsWith("myvsctl: ovs-vswitchd management utility\n")
                .contains("/myvsctl.log)");
        assertThat(ours.stdout()).startsWith(real.stdout());
    }

    @Test
    void optionErrorsNameArgv0AsTypedLikeTheCLibraryDoes(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("ovs-vsctl"), Path.of(RealVsctl.BINARY));
        RealVsctl.Result real = RealVsctl.runAs(link.toString(), "--bogus");
        Files.delete(link);

        RealVsctl.Result ours = InProcessCli.run(link.toString(), CommandExecutor.none(), "--bogus");

        assertThat(ours).isEqualTo(real);
        assertThat(ours.stderr()).startsWith(link + ": unrecognized option");
    }

    @Test
    void versionMatchesOvsVsctl() {
        assertThat(InProcessCli.runAsVsctl("--version")).isEqualTo(RealVsctl.run("--version"));
        assertThat(InProcessCli.runAsVsctl("-V")).isEqualTo(RealVsctl.run("-V"));
    }

    @Test
    void optionsListingMatchesOvsVsctl() {
        assertThat(InProcessCli.runAsVsctl("--options")).isEqualTo(RealVsctl.run("--options"));
    }

    @Test
    void commandsListingMatchesOvsVsctl() {
        assertThat(InProcessCli.runAsVsctl("--commands")).isEqualTo(RealVsctl.run("--commands"));
    }

    @Test
    void listingsAsOvsguardAppendOwnCommandsAndOptions() {
        String realOptions = RealVsctl.run("--options").stdout();
        String realCommands = RealVsctl.run("--commands").stdout();

        String options = InProcessCli.run("ovsguard", CommandExecutor.none(), "--options").stdout();
        String commands = InProcessCli.run("ovsguard", CommandExecutor.none(), "--commands").stdout();

        assertThat(options).isEqualTo(realOptions
                + "--no-validate\n--force\n--no-rollback\n--sysfs-root=ARG\n--json\n");
        assertThat(commands).startsWith(realCommands).endsWith(",demo,\n");
    }
}
