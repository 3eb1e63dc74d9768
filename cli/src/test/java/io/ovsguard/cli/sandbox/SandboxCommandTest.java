package io.ovsguard.cli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.cli.command.CommandTables;
import io.ovsguard.cli.parse.CliEnvironment;
import io.ovsguard.cli.parse.CommandInvocation;
import io.ovsguard.cli.parse.CommandLineParser;
import io.ovsguard.cli.parse.ParseResult;
import io.ovsguard.cli.parse.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox command's argument errors; starting and stopping real sandboxes is SandboxCommandIT's. */
class SandboxCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        ParseResult.Execute parsed = (ParseResult.Execute) new CommandLineParser(CommandTables.standard(),
                CliEnvironment.of("ovsguard", Map.of())).parse(List.of(args));
        CommandInvocation command = parsed.commands().get(0);
        return new SandboxCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new LastSandbox(temp.resolve("last"))).run(command);
    }

    @Test
    void anOptionGivenWhereTheDirectoryGoesSaysWhereOptionsBelong() {
        assertThatThrownBy(() -> run("sandbox", "start", "--dpdk")).isInstanceOf(UsageException.class)
                .hasMessage("sandbox: '--dpdk' is not a directory; options go before the command, as in: "
                        + "ovsguard --dpdk sandbox start");
        assertThat(temp.resolve("--dpdk")).doesNotExist();
    }

    @Test
    void anUnknownActionIsAUsageError() {
        assertThatThrownBy(() -> run("sandbox", "restart")).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown action 'restart'");
    }

    @Test
    void stopWithoutADirectoryNeedsASandboxStartedBefore() {
        assertThatThrownBy(() -> run("sandbox", "stop")).isInstanceOf(UsageException.class)
                .hasMessageContaining("no sandbox started");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theLastSandboxIsRememberedAndForgottenOnlyForItsOwnDirectory() throws Exception {
        LastSandbox last = new LastSandbox(temp.resolve("last"));
        last.remember(temp.resolve("a"));
        last.forget(temp.resolve("b"));
        assertThat(last.require()).isEqualTo(temp.resolve("a"));
        last.forget(temp.resolve("a"));
        assertThat(Files.exists(temp.resolve("last"))).isFalse();
    }
}
