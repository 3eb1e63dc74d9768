package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.exec.VlogLevels.Level;
import io.ovsguard.cli.parse.LoggingOptions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VlogLevelsTest {

    private static VlogLevels levels(boolean noSyslog, Optional<String> logFile, String... specs) {
        return VlogLevels.of(new LoggingOptions(List.of(specs), logFile, noSyslog, Optional.empty(),
                Optional.empty()));
    }

    @Test
    void consoleShowsWarningsButNotInfoByDefault() {
        VlogLevels defaults = VlogLevels.defaults();
        assertThat(defaults.toConsole("vsctl", Level.WARN)).isTrue();
        assertThat(defaults.toConsole("vsctl", Level.INFO)).isFalse();
        assertThat(defaults.counts("vsctl", Level.INFO)).as("syslog takes info").isTrue();
        assertThat(defaults.counts("vsctl", Level.DBG)).isFalse();
        assertThat(defaults.counts("reconnect", Level.INFO)).as("reconnect is at warn").isFalse();
    }

    @Test
    void specsApplyInOrderToTheirModuleAndDestination() {
        VlogLevels levels = levels(false, Optional.empty(), "console:off", "vsctl:console:warn");
        assertThat(levels.toConsole("vsctl", Level.WARN)).isTrue();
        assertThat(levels.toConsole("db_ctl_base", Level.WARN)).isFalse();
        assertThat(levels.counts("db_ctl_base", Level.WARN)).as("syslog still takes it").isTrue();
    }

    @Test
    void specWithoutLevelMeansDebug() {
        VlogLevels levels = levels(false, Optional.empty(), "vsctl:console");
        assertThat(levels.toConsole("vsctl", Level.DBG)).isTrue();
        assertThat(levels.toConsole("jsonrpc", Level.DBG)).isFalse();
    }

    @Test
    void noSyslogKeepsInfoOfVsctlFromCounting() {
        VlogLevels levels = levels(true, Optional.empty());
        assertThat(levels.counts("vsctl", Level.INFO)).isFalse();
        assertThat(levels.counts("vlog", Level.INFO)).isTrue();
    }

    @Test
    void fileCountsOnlyWithALogFile() {
        assertThat(levels(false, Optional.empty(), "syslog:off").counts("vsctl", Level.INFO)).isFalse();
        assertThat(levels(false, Optional.of("/tmp/x.log"), "syslog:off").counts("vsctl", Level.INFO)).isTrue();
    }

    @Test
    void patternAndFacilitySpecsChangeNoLevel() {
        VlogLevels levels = levels(false, Optional.empty(), "PATTERN:console:%m", "FACILITY:daemon");
        assertThat(levels.toConsole("vsctl", Level.WARN)).isTrue();
        assertThat(levels.toConsole("vsctl", Level.INFO)).isFalse();
    }

    @Test
    void specWordsAreSeparatedByBlanksCommasColonsAndTabs() {
        VlogLevels levels = levels(false, Optional.empty(), " vsctl ,\tconsole::dbg ");
        assertThat(levels.toConsole("vsctl", Level.DBG)).isTrue();
        assertThat(levels.toConsole("jsonrpc", Level.DBG)).isFalse();
    }
}
