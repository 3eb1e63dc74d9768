package io.ovsguard.cli.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.InProcessCli;
import io.ovsguard.cli.command.CommandTables;
import io.ovsguard.cli.parse.CommandInvocation;
import io.ovsguard.cli.parse.CommandLineParser;
import io.ovsguard.cli.parse.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command caches the launchers pick from (src/main/startup/command-caches): each names real commands, and its
 * training runs only those (or options alone), since an AOT cache holds every class its training loaded and a call
 * loads all of them.
 */
class CommandCachesTest {

    private static final Path STARTUP = Path.of("src/main/startup");

    private static List<String> firstLineWords(String file) throws IOException {
        List<String> lines = Files.readAllLines(STARTUP.resolve(file), StandardCharsets.UTF_8);
        assertThat(lines).as("%s: one line of words, as the launchers read it", file).hasSize(1);
        return List.of(lines.get(0).strip().split("\\s+"));
    }

    @Test
    void everyCacheNamesCommandsOfTheCommandTable() throws IOException {
        List<String> names = firstLineWords("command-caches");
        assertThat(names).isNotEmpty().doesNotHaveDuplicates().allMatch(name -> name.matches("[a-z-]+"));
        for (String name : names) {
            assertThat(firstLineWords(name + "-commands")).as("the commands of cache %s", name).isNotEmpty()
                    .allMatch(command -> CommandTables.standard().find(command).isPresent());
        }
    }

    @Test
    void everyCacheIsTrainedOnItsOwnCommandsOnly() throws IOException {
        for (String name : firstLineWords("command-caches")) {
            List<String> commands = firstLineWords(name + "-commands");
            List<List<String>> lines = StartupTraining.commandLines(Files.readAllLines(
                    STARTUP.resolve("training-" + name + "-commands.txt"), StandardCharsets.UTF_8));
            assertThat(lines).as("the training of cache %s", name).isNotEmpty();
            for (List<String> line : lines) {
                ParseResult parsed = new CommandLineParser(CommandTables.standard(),
                        InProcessCli.environment("ovsguard")).parse(line);
                if (parsed instanceof ParseResult.Execute execute) {
                    assertThat(execute.commands()).as("cache %s trains %s", name, line)
                            .extracting(CommandInvocation::name).allMatch(commands::contains);
                } else {
                    // the one line of options alone the launchers serve from a command cache: help and the
                    // listings take the full cache, whose classes a lookup must not load
                    assertThat(line).as("cache %s trains %s", name, line).containsExactly("--version");
                }
            }
        }
    }

    @Test
    void theCommonestLinesOfScriptsHaveACacheOfTheirOwn() throws IOException {
        List<String> names = firstLineWords("command-caches");
        assertThat(names).contains("lookup", "port", "core");
        assertThat(firstLineWords("lookup-commands")).contains("list-br", "br-exists");
        assertThat(firstLineWords("port-commands")).contains("add-port", "del-port");
        // the smaller caches come first: the launchers take the first that holds every command of the line
        assertThat(names.indexOf("core")).isGreaterThan(names.indexOf("lookup")).isGreaterThan(names.indexOf("port"));
        assertThat(firstLineWords("core-commands")).containsAll(firstLineWords("lookup-commands"))
                .containsAll(firstLineWords("port-commands"));
    }
}
