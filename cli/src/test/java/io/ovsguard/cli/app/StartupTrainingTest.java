package io.ovsguard.cli.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupTrainingTest {

    @Test
    void splitsEachLineIntoArgumentsSkippingBlanksAndComments() {
        List<List<String>> lines = StartupTraining.commandLines(List.of(
                "# the help paths", "--help", "", "  --db=unix:/tmp/x/db.sock   --no-wait add-br br0  ", "--version"));

        assertThat(lines).containsExactly(
                List.of("--help"),
                List.of("--db=unix:/tmp/x/db.sock", "--no-wait", "add-br", "br0"),
                List.of("--version"));
    }
}
