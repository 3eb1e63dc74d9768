package io.ovsguard.it.cli.vsctl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.sandbox.junit.RequiresOvs;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential proof that ovsguard is a drop-in ovs-vsctl: every case of the corpus
 * ({@code src/test/resources/vsctl-corpus/*.vsctl}: the vswitch commands, the database commands, options, formats,
 * logging and errors) runs through the real ovs-vsctl on one fresh ovsdb-server and through ovsguard (in this JVM,
 * or through the launcher an install links, see {@code LauncherLink}, for {@code launcher} steps) on another, from
 * the same database; exit status, stdout, stderr and the final database must be the same.
 *
 * <p>{@code -Dovsguard.vsctl.corpus=DIR} runs another corpus directory of the class path (cases being worked on);
 * {@code -Dovsguard.vsctl.candidate=ovs-vsctl} runs ovs-vsctl on both sides, which checks the harness.
 */
@RequiresOvs
class VsctlDifferentialIT {

    static final String CORPUS = System.getProperty("ovsguard.vsctl.corpus", "vsctl-corpus");

    private static DifferentialServers servers;
    private static DifferentialRunner runner;
    private static Path launcher;

    @BeforeAll
    static void startServers() {
        servers = new DifferentialServers();
        boolean selfCheck = System.getProperty("ovsguard.vsctl.candidate", "ovsguard").equals("ovs-vsctl");
        VsctlProgram real = ExternalProgram.realVsctl();
        Map<CorpusCase.Route, VsctlProgram> candidates;
        if (selfCheck) {
            candidates = Map.of(CorpusCase.Route.IN_PROCESS, real, CorpusCase.Route.LAUNCHER, real,
                    CorpusCase.Route.TERMINAL, new TerminalProgram(ExternalProgram.REAL_VSCTL));
        } else {
            launcher = LauncherLink.create();
            candidates = Map.of(CorpusCase.Route.IN_PROCESS, new InProcessOvsguard(),
                    CorpusCase.Route.LAUNCHER, new ExternalProgram(launcher),
                    CorpusCase.Route.TERMINAL, new TerminalProgram(launcher));
        }
        runner = new DifferentialRunner(servers.reference(), servers.candidate(), real, candidates);
    }

    @AfterAll
    static void stopServers() {
        if (launcher != null) {
            LauncherLink.delete(launcher);
        }
        if (servers != null) {
            servers.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusCaseBehavesLikeOvsVsctl() {
        return CorpusReader.readResourceDirectory(CORPUS).stream().map(c -> DynamicTest.dynamicTest(c.toString(),
                () -> {
                    CaseComparison comparison = runner.run(c);
                    assertThat(comparison.differences()).as(comparison::describe).isEmpty();
                }));
    }
}
