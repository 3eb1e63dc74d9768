package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandRunnerTest {

    @Test
    void onelineEscapesNewlinesAndBackslashesAndEndsInOneNewline() {
        assertThat(CommandRunner.oneline("a\nb\\c\n")).isEqualTo("a\\nb\\\\c\n");
    }

    @Test
    void onelineOfNoOutputIsAnEmptyLine() {
        assertThat(CommandRunner.oneline("")).isEqualTo("\n");
    }

    @Test
    void onelineDropsOnlyOneTrailingNewline() {
        assertThat(CommandRunner.oneline("x\n\n")).isEqualTo("x\\n\n");
    }
}
