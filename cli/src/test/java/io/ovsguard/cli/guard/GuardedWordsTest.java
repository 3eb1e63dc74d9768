package io.ovsguard.cli.guard;

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
 * The launchers (bin/ovsguard and the native one) send a command line to a command cache (lookup, port, core) only
 * when none of its arguments holds a word of {@code src/main/startup/guarded-words}: those caches lack the validator
 * the guard runs. Every change the guard checks must therefore show one of those words.
 */
class GuardedWordsTest {

    private static List<String> guardedWords() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/main/startup/guarded-words"), StandardCharsets.UTF_8);
        assertThat(lines).as("one line of words").hasSize(1);
        return List.of(lines.get(0).strip().split("\\s+"));
    }

    private static List<CommandInvocation> commands(List<String> args) {
        ParseResult result = new CommandLineParser(CommandTables.standard(), InProcessCli.environment("ovsguard"))
                .parse(args);
        return ((ParseResult.Execute) result).commands();
    }

    @Test
    void everyChangeTheGuardChecksHoldsAGuardedWord() throws IOException {
        List<String> words = guardedWords();
        List<List<String>> guarded = List.of(
                List.of("add-port", "br0", "p0", "--", "set", "Interface", "p0", "type=dpdk"),
                List.of("set", "Interface", "p0", "mtu_request=9000"),
                List.of("set", "Interface", "p0", "options:n_rxq=4"),
                List.of("set", "Open_vSwitch", ".", "other_config:dpdk-socket-mem=1024"),
                List.of("set", "Open_vSwitch", ".", "other_config:dpdk-init=true"),
                List.of("set", "Open_vSwitch", ".", "other_config:pmd-cpu-mask=0x2"),
                List.of("set", "Open_vSwitch", ".", "other_config:per-port-memory=true"),
                List.of("set", "Open_vSwitch", ".", "other_config:shared-mempool-config=1500"),
                List.of("remove", "Open_vSwitch", ".", "other_config", "pmd-cpu-mask"));

        for (List<String> line : guarded) {
            assertThat(DpdkChangeExtractor.extract(commands(line))).as("the guard checks %s", line).isPresent();
            assertThat(line).as("%s holds a word of guarded-words %s", line, words)
                    .anyMatch(arg -> words.stream().anyMatch(arg::contains));
        }
    }

    @Test
    void theCommonestChangesHoldNone() throws IOException {
        List<String> words = guardedWords();
        for (List<String> line : List.of(List.of("add-port", "br0", "p1"),
                List.of("set", "Bridge", "br0", "external_ids:k=v"), List.of("set", "Port", "p1", "tag=10"))) {
            assertThat(DpdkChangeExtractor.extract(commands(line))).as("the guard ignores %s", line).isEmpty();
            assertThat(line).as("%s", line).noneMatch(arg -> words.stream().anyMatch(arg::contains));
        }
    }
}
