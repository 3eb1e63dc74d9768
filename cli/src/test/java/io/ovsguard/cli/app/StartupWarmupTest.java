package io.ovsguard.cli.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupWarmupTest {

    @Test
    void skipsTheWarmUpForCommandLinesThatNeverConnect() {
        for (String option : new String[] {"--version", "-V", "--help", "-h", "--commands", "--options"}) {
            assertThat(StartupWarmup.isUsefulFor(new String[] {option})).as(option).isFalse();
        }
    }

    @Test
    void warmsUpForDatabaseCommandsAndAnythingItCannotRuleOut() {
        assertThat(StartupWarmup.isUsefulFor(new String[] {"list-br"})).isTrue();
        assertThat(StartupWarmup.isUsefulFor(new String[] {"--no-wait", "add-port", "br0", "p0"})).isTrue();
        assertThat(StartupWarmup.isUsefulFor(new String[] {"--version", "list-br"})).isTrue();
        assertThat(StartupWarmup.isUsefulFor(new String[0])).isTrue();
    }
}
