package io.ovsguard.cli.command;

import io.ovsguard.sandbox.junit.HostPrerequisite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.cli.InProcessCli;
import io.ovsguard.cli.RealVsctl;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CommandTableTest {

    private static final Pattern LISTING_LINE = Pattern.compile("((?:\\[[^]]+] )*),([^,]+),(.*)");
    private static final CommandTable TABLE = CommandTables.standard();

    /** One line of the real {@code ovs-vsctl --commands}. */
    record ListedCommand(String name, List<String> options, String pattern) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<ListedCommand> realCommands() {
        HostPrerequisite.require(RealVsctl.installed(), "needs " + RealVsctl.BINARY);
        List<ListedCommand> commands = new ArrayList<>();
        for (String line : RealVsctl.run("--commands").stdout().split("\n")) {
            Matcher m = LISTING_LINE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            List<String> options = m.group(1).isEmpty() ? List.of()
                    : List.of(m.group(1).replaceAll("^\\[|] $", "").split("] \\["));
            commands.add(new ListedCommand(m.group(2), options, m.group(3)));
        }
        return commands.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realCommands")
    void hasEveryOvsVsctlCommandWithTheSameOptionsAndArguments(ListedCommand real) {
        CommandSyntax ours = TABLE.find(real.name()).orElseThrow();

        assertThat(ours.origin()).isEqualTo(CommandOrigin.VSCTL);
        assertThat(ours.options()).extracting(CommandOption::spec).containsExactlyElementsOf(real.options());
        assertThat(ArgumentPattern.of(ours.argumentsHelp()).render()).isEqualTo(real.pattern());
    }

    /** ovs-vsctl's argument-count errors reveal its minimum, and its maximum unless the command is unlimited. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("realCommands")
    void argumentCountsMatchOvsVsctl(ListedCommand real) {
        CommandSyntax ours = TABLE.find(real.name()).orElseThrow();
        String[] tooMany = new String[42];
        tooMany[0] = real.name();
        for (int i = 1; i < tooMany.length; i++) {
            tooMany[i] = "x";
        }

        RealVsctl.Result realNone = RealVsctl.run(real.name());
        RealVsctl.Result realMany = RealVsctl.run(tooMany);

        if (ours.minArgs() > 0) {
            assertThat(InProcessCli.runAsVsctl(real.name())).isEqualTo(realNone);
        } else {
            assertThat(realNone.stderr()).doesNotContain("requires at least");
        }
        if (ours.isUnlimited()) {
            assertThat(realMany.stderr()).doesNotContain("takes at most").doesNotContain("requires at least");
        } else {
            assertThat(InProcessCli.runAsVsctl(tooMany)).isEqualTo(realMany);
        }
    }

    @Test
    void holdsExactlyTheRealCommandsPlusOwnOnes() {
        List<String> real = realCommands().map(ListedCommand::name).sorted().toList();

        assertThat(TABLE.commands(CommandOrigin.VSCTL)).extracting(CommandSyntax::name)
                .containsExactlyInAnyOrderElementsOf(real);
        assertThat(TABLE.commands(CommandOrigin.OVSGUARD)).extracting(CommandSyntax::name)
                .containsExactly("check", "recover", "sandbox", "demo");
    }

    @Test
    void classifiesReadOnlyAndWritingCommands() {
        assertThat(TABLE.find("list-br").orElseThrow().mode()).isEqualTo(Mode.RO);
        assertThat(TABLE.find("add-port").orElseThrow().mode()).isEqualTo(Mode.RW);
        assertThat(TABLE.find("wait-until").orElseThrow().mode()).isEqualTo(Mode.RO);
        assertThat(TABLE.find("emer-reset").orElseThrow().mode()).isEqualTo(Mode.RW);
    }

    @Test
    void refusesACommandRegisteredTwice() {
        CommandTable.Builder builder = CommandTable.builder();
        CommandSyntax syntax = CommandSyntax.vsctl("x", 0, 0, "", "").readOnly().group(HelpGroup.SWITCH)
                .summary("x").build();
        builder.command(syntax);

        assertThatThrownBy(() -> builder.command(syntax)).hasMessageContaining("registered twice");
    }

    @Test
    void refusesHelpForAnUnknownCommandOnceTheWholeTableIsNeeded() {
        CommandTable table = CommandTable.builder().help(HelpGroup.SWITCH, "nope", "nope", "does nothing", 28).build();

        assertThatThrownBy(() -> table.help(HelpGroup.SWITCH)).hasMessageContaining("unknown command nope");
    }

    @Test
    void refusesAHashOrderThatMissesACommandOnceTheWholeTableIsNeeded() {
        CommandTable table = CommandTable.builder()
                .command(CommandSyntax.vsctl("x", 0, 0, "", "").readOnly().group(HelpGroup.SWITCH).summary("x").build())
                .build();

        assertThatThrownBy(table::commands)
                .hasMessageContaining("vsctl hash order [] does not list exactly the vsctl commands [x]");
    }

    @Test
    void aGroupIsRegisteredOnlyWhenALookUpNeedsItAndListedInItsPlace() {
        List<String> registered = new ArrayList<>();
        CommandTable table = CommandTable.builder()
                .group(1, b -> {
                    registered.add("late");
                    b.command(CommandSyntax.ovsguard("late", 0, 0, "", "").readOnly().group(HelpGroup.SWITCH)
                            .summary("late").build());
                })
                .group(0, b -> {
                    registered.add("early");
                    b.command(CommandSyntax.ovsguard("early", 0, 0, "", "").readOnly().group(HelpGroup.SWITCH)
                            .summary("early").build());
                })
                .build();

        assertThat(table.find("late")).isPresent();
        assertThat(registered).containsExactly("late");
        assertThat(table.find("none")).isEmpty();
        assertThat(registered).as("an unknown name registers every group").containsExactly("late", "early");
        assertThat(table.commands()).extracting(CommandSyntax::name).containsExactly("early", "late");
    }

    @Test
    void aCommandInTwoGroupsIsRefusedOnceTheWholeTableIsNeeded() {
        CommandSyntax twice = CommandSyntax.ovsguard("twice", 0, 0, "", "").readOnly().group(HelpGroup.SWITCH)
                .summary("twice").build();
        CommandTable table = CommandTable.builder().group(0, b -> b.command(twice)).group(1, b -> b.command(twice))
                .build();

        assertThatThrownBy(table::commands).hasMessageContaining("command registered twice: twice");
    }

    @Test
    void handlersCanOnlyBeRegisteredForKnownCommandsOnce() {
        CommandHandlers.Builder<StringBuilder> handlers = CommandHandlers.<StringBuilder>builder(TABLE)
                .register("list-br", context -> context.append("bridges"));

        assertThatThrownBy(() -> handlers.register("list-br", context -> { }))
                .hasMessageContaining("registered twice");
        assertThatThrownBy(() -> handlers.register("list-bridges", context -> { }))
                .hasMessageContaining("no such command");
        StringBuilder context = new StringBuilder();
        handlers.build().find("list-br").orElseThrow().run(context);
        assertThat(context).hasToString("bridges");
        assertThat(handlers.build().has("add-br")).isFalse();
    }
}
