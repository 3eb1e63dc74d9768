package io.ovsguard.cli.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CliEnvironmentTest {

    @Test
    void defaultDatabaseIsDbSockInOvsRundir() {
        assertThat(CliEnvironment.of("ovsguard", Map.of("OVS_RUNDIR", "/tmp/sb")).defaultDatabase())
                .isEqualTo("unix:/tmp/sb/db.sock");
    }

    @Test
    void unsetOrEmptyOvsRundirFallsBackToTheCompiledInRunDirectory() {
        assertThat(CliEnvironment.of("ovsguard", Map.of()).defaultDatabase())
                .isEqualTo("unix:/var/run/openvswitch/db.sock");
        assertThat(CliEnvironment.of("ovsguard", Map.of("OVS_RUNDIR", "")).defaultDatabase())
                .isEqualTo("unix:/var/run/openvswitch/db.sock");
    }

    @Test
    void defaultLogFileIsNamedAfterTheProgramInOvsLogdir() {
        assertThat(CliEnvironment.of("/usr/local/bin/ovs-vsctl", Map.of("OVS_LOGDIR", "/l")).defaultLogFile())
                .isEqualTo("/l/ovs-vsctl.log");
        assertThat(CliEnvironment.of("ovsguard", Map.of()).defaultLogFile())
                .isEqualTo("/var/log/openvswitch/ovsguard.log");
    }

    @Test
    void programNameIsTheBaseNameWithoutLibtoolPrefixButArgv0StaysAsTyped() {
        CliEnvironment environment = CliEnvironment.of("./bin/lt-ovs-vsctl", Map.of());

        assertThat(environment.programName()).isEqualTo("ovs-vsctl");
        assertThat(environment.argv0()).isEqualTo("./bin/lt-ovs-vsctl");
        assertThat(environment.isVsctlCompatible()).isTrue();
        assertThat(CliEnvironment.of("ovsguard", Map.of()).isVsctlCompatible()).isFalse();
    }
}
