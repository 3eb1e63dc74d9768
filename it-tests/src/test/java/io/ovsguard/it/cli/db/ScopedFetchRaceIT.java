package io.ovsguard.it.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.app.StandardHandlers;
import io.ovsguard.cli.command.CommandHandler;
import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.command.CommandTable;
import io.ovsguard.cli.command.CommandTables;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.it.cli.db.InProcessCli.Run;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import io.ovsguard.sandbox.junit.WithSandbox;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The port commands that fetch only the rows they name guard what they read: another client's change between their
 * fetch and their commit makes the line run again when it touches those rows (as ovs-vsctl's verify of the whole
 * picture would), and goes through untouched when it does not.
 */
@RequiresOvs
@ExtendWith(OvsSandboxExtension.class)
class ScopedFetchRaceIT {

    @WithSandbox
    static OvsSandbox sandbox;

    @BeforeEach
    void twoBridges() {
        sandbox.vsctl("--no-wait", "emer-reset").orThrow();
        sandbox.vsctl("--no-wait", "--if-exists", "del-br", "brw", "--", "--if-exists", "del-br", "brother")
                .orThrow();
        sandbox.vsctl("--no-wait", "add-br", "brw", "--", "add-br", "brother", "--", "add-port", "brw", "p1")
                .orThrow();
    }

    /** The standard handlers, {@code command}'s first run preceded by {@code otherClient}'s change. */
    private static CommandHandlers<CommandContext> racing(String command, AtomicInteger runs, String... otherClient) {
        CommandTable table = CommandTables.standard();
        CommandHandler<CommandContext> standard = StandardHandlers.create(table).find(command).orElseThrow();
        return CommandHandlers.<CommandContext>builder(table).register(command, new CommandHandler<>() {
            @Override
            public void prerequisites(CommandContext context) {
                standard.prerequisites(context);
            }

            @Override
            public void run(CommandContext context) {
                if (runs.incrementAndGet() == 1) {
                    // after this attempt's fetch, before its commit
                    sandbox.vsctl(otherClient).orThrow();
                }
                standard.run(context);
            }

            @Override
            public void postprocess(CommandContext context) {
                standard.postprocess(context);
            }
        }).build();
    }

    private static Run ovsguard(CommandHandlers<CommandContext> handlers, String... args) {
        return InProcessCli.run(sandbox, handlers, args);
    }

    private static String portsOf(String bridge) {
        return sandbox.vsctl("list-ports", bridge).orThrow().stdout();
    }

    @Test
    void addPortRunsAgainWhenAnotherClientTakesTheNameMeanwhile() {
        AtomicInteger runs = new AtomicInteger();
        Run result = ovsguard(racing("add-port", runs, "--no-wait", "add-port", "brother", "pnew"),
                "--no-wait", "add-port", "brw", "pnew");

        assertThat(runs.get()).isEqualTo(2);
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.stderr()).isEqualTo("ovs-vsctl: cannot create a port named pnew because a port named pnew "
                + "already exists on bridge brother\n");
        assertThat(portsOf("brw")).isEqualTo("p1\n");
    }

    @Test
    void delPortRunsAgainWhenAnotherClientMovesThePortMeanwhile() {
        AtomicInteger runs = new AtomicInteger();
        // the same Port row moves: only the guard on the bridges' fetched ports sees it
        Run result = ovsguard(racing("del-port", runs, "--no-wait", "--", "--id=@p", "get", "Port", "p1", "--",
                "remove", "Bridge", "brw", "ports", "@p", "--", "add", "Bridge", "brother", "ports", "@p"),
                "--no-wait", "del-port", "brw", "p1");

        assertThat(runs.get()).isEqualTo(2);
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.stderr()).isEqualTo("ovs-vsctl: bridge brw does not have a port p1\n");
        assertThat(portsOf("brother")).isEqualTo("p1\n");
    }

    @Test
    void anotherClientsChangeToOtherPortsOfTheBridgeLeavesTheCommandAlone() {
        AtomicInteger runs = new AtomicInteger();
        Run result = ovsguard(racing("add-port", runs, "--no-wait", "add-port", "brw", "p2", "--", "del-port",
                "brw", "p1"), "--no-wait", "add-port", "brw", "pnew");

        assertThat(result.status()).isZero();
        assertThat(runs.get()).isEqualTo(1);
        assertThat(portsOf("brw")).isEqualTo("p2\npnew\n");
    }
}
