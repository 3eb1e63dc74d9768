package io.ovsguard.cli.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.command.CommandTables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogFileOpeningTest {

    private static final CommandLineParser PARSER = new CommandLineParser(CommandTables.standard(),
            CliEnvironment.of("ovs-vsctl", Map.of("OVS_RUNDIR", "/run/test", "OVS_LOGDIR", "/tmp")));

    private static List<String> logged(String commandLine) {
        return ((ParseResult.Execute) PARSER.parse(commandLine.split(" "))).options().logging().startupLines()
                .stream().map(l -> l.module() + "|" + l.level() + "|" + l.text()).toList();
    }

    @Test
    void anotherLogFileClosesTheFirstAndTheSameOneAgainChangesNothing() {
        assertThat(logged("--log-file=/tmp/a.log --log-file=/tmp/a.log --log-file=/tmp/b.log list-br")).containsExactly(
                "vlog|INFO|opened log file /tmp/a.log", "vlog|INFO|closing log file",
                "vlog|INFO|opened log file /tmp/b.log");
    }

    @Test
    void logFileLinesKeepTheirPlaceAmongPkiLoads() {
        assertThat(logged("--private-key=/n/k --log-file list-br")).containsExactly(
                "stream_ssl|ERR|SSL_use_PrivateKey_file: error:80000002:system library::No such file or directory",
                "vlog|INFO|opened log file /tmp/ovs-vsctl.log");
    }
}
