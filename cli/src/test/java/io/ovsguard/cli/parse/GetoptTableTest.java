package io.ovsguard.cli.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.command.CommandTables;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetoptTableTest {

    private final GetoptTable table = new GetoptTable(CommandTables.standard());

    @Test
    void anExactGlobalNameIsWhatTheWholeTablesFirstExactMatchIs() {
        for (GlobalOption global : GlobalOption.values()) {
            Optional<LongOption> firstExact = table.vsctl().stream()
                    .filter(o -> o.name().equals(global.longName())).findFirst();
            if (global.isOwn()) {
                assertThat(table.exactVsctlGlobal(global.longName())).as(global.longName()).isEmpty();
            } else {
                assertThat(table.exactVsctlGlobal(global.longName())).as(global.longName()).isEqualTo(firstExact)
                        .isPresent();
            }
        }
    }

    @Test
    void perCommandOptionsAndAbbreviationsAreNoExactGlobals() {
        assertThat(table.exactVsctlGlobal("may-exist")).isEmpty();
        assertThat(table.exactVsctlGlobal("d")).isEmpty();
        assertThat(table.vsctl()).anyMatch(o -> o.name().equals("may-exist") && o.isLocal());
        assertThat(table.own()).noneMatch(o -> table.vsctl().contains(o));
    }

    @Test
    void aLineOfFullGlobalNamesParsesAsWithTheWholeTable() {
        ParseResult parsed = new CommandLineParser(CommandTables.standard(), CliEnvironment.of("ovs-vsctl",
                java.util.Map.of())).parse("--db=unix:/x.sock", "--no-wait", "--timeout=5", "--may-exist", "add-br",
                "b");
        assertThat(parsed).isInstanceOf(ParseResult.Execute.class);
        ParseResult.Execute execute = (ParseResult.Execute) parsed;
        assertThat(execute.options().database()).isEqualTo("unix:/x.sock");
        assertThat(execute.commands().get(0).has("--may-exist")).isTrue();
    }
}
