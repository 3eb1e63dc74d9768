package io.ovsguard.cli.app;

import io.ovsguard.cli.call.CliStreams;
import io.ovsguard.cli.call.CommandExecutor;
import io.ovsguard.cli.call.ExitCodes;
import io.ovsguard.cli.call.ExitStatusException;
import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.InProcessCli;
import io.ovsguard.cli.RealVsctl;
import io.ovsguard.cli.parse.ParseResult;
import io.ovsguard.ovsdb.error.ConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CliTest {

    /** Records what it was asked to run and answers with a fixed status or failure. */
    private static final class RecordingExecutor implements CommandExecutor {
        private final Set<String> supported;
        private final RuntimeException failure;
        private final List<ParseResult.Execute> requests = new ArrayList<>();

        RecordingExecutor(Set<String> supported, RuntimeException failure) {
            this.supported = supported;
            this.failure = failure;
        }

        @Override
        public boolean supports(String command) {
            return supported.contains(command);
        }

        @Override
        public int execute(ParseResult.Execute request, CliStreams streams) {
            requests.add(request);
            if (failure != null) {
                throw failure;
            }
            streams.out().println("ran " + request.commands().size());
            return 0;
        }
    }

    @Test
    void commandWithoutHandlerIsReportedAsNotImplementedAndNothingRuns() {
        RecordingExecutor executor = new RecordingExecutor(Set.of("list-br"), null);

        RealVsctl.Result result = InProcessCli.run("ovsguard", executor, "list-br", "--", "add-br", "br0");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).isEqualTo("ovsguard: 'add-br' command is not implemented yet\n");
        assertThat(executor.requests).isEmpty();
    }

    @Test
    void supportedCommandsGoToTheExecutorWithTheirOptionsAndArguments() {
        RecordingExecutor executor = new RecordingExecutor(Set.of("add-br", "set"), null);

        RealVsctl.Result result = InProcessCli.run("ovsguard", executor,
                "--no-wait", "--may-exist", "add-br", "br0", "--", "set", "Bridge", "br0", "stp_enable=true");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo("ran 2\n");
        ParseResult.Execute request = executor.requests.get(0);
        assertThat(request.options().waitForReload()).isFalse();
        assertThat(request.commands().get(0).has("--may-exist")).isTrue();
        assertThat(request.commands().get(1).arguments()).containsExactly("Bridge", "br0", "stp_enable=true");
    }

    @Test
    void exitStatusRequestedByACommandIsReturnedSilently() {
        RecordingExecutor executor = new RecordingExecutor(Set.of("br-exists"), new ExitStatusException(2));

        RealVsctl.Result result = InProcessCli.run("ovsguard", executor, "br-exists", "nope");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void databaseErrorsBecomeOneLineMessagesWithTheProgramName() {
        RecordingExecutor executor = new RecordingExecutor(Set.of("list-br"),
                new ConnectionException("unix:/x/db.sock: database connection failed (No such file or directory)"));

        RealVsctl.Result result = InProcessCli.run("ovs-vsctl", executor, "list-br");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr())
                .isEqualTo("ovs-vsctl: unix:/x/db.sock: database connection failed (No such file or directory)\n");
    }

    @Test
    void unexpectedFailuresPrintOneLineWithoutStackTrace() {
        RecordingExecutor executor = new RecordingExecutor(Set.of("list-br"), new IllegalStateException("boom"));

        RealVsctl.Result result = InProcessCli.run("ovsguard", executor, "list-br");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).isEqualTo("ovsguard: internal error: java.lang.IllegalStateException: boom\n");
    }

    @Test
    void ownCommandPrintsItsOwnHelp() {
        RealVsctl.Result result = InProcessCli.run("ovsguard", CommandExecutor.none(), "sandbox", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).startsWith("usage: ovsguard [OPTIONS] [--dpdk] sandbox start|stop|status [DIR]\n"
                + "Start, stop or inspect a private switch for trying things out.\n\n")
                .contains("sandbox status [DIR]");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void everyOwnCommandHasHelpWithItsSummary() {
        for (String command : List.of("check", "recover", "sandbox", "demo")) {
            RealVsctl.Result result = InProcessCli.run("ovsguard", CommandExecutor.none(), command, "-h");

            assertThat(result.exitCode()).as(command).isZero();
            assertThat(result.stdout()).as(command).contains(" " + command).contains("\n\n");
        }
    }

    @Test
    void helpArgumentOfAnOvsVsctlCommandIsJustAnArgument() {
        RealVsctl.Result result = InProcessCli.runAsVsctl("list-br", "--help");

        assertThat(result.stderr()).isEqualTo("ovs-vsctl: 'list-br' command takes at most 0 arguments "
                + "(note that options must precede command names and follow a \"--\" argument)\n");
    }

    @Test
    void unopenableLogFileIsReportedAsAVlogWarning() {
        RealVsctl.Result result = InProcessCli.runAsVsctl("--log-file=/nonexistent/dir/x.log", "list-br");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).isEqualTo("2026-01-02T03:04:05Z|00001|vlog|WARN|failed to open "
                + "/nonexistent/dir/x.log for logging: No such file or directory\n");
    }
}
