package io.ovsguard.it.cli.vsctl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.sandbox.junit.RequiresOvs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the differential harness itself: ovs-vsctl against ovs-vsctl shows no difference on the whole corpus
 * (so uuids the servers choose, row order and paths never count), and a candidate that prints or writes something
 * else is caught.
 */
@RequiresOvs
class HarnessSelfCheckIT {

    private static DifferentialServers servers;

    @BeforeAll
    static void startServers() {
        servers = new DifferentialServers();
    }

    @AfterAll
    static void stopServers() {
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void ovsVsctlAgainstItselfShowsNoDifferenceOnTheCorpus() {
        DifferentialRunner runner = runnerWith(ExternalProgram.realVsctl());
        List<String> failures = new ArrayList<>();
        for (CorpusCase c : CorpusReader.readResourceDirectory(VsctlDifferentialIT.CORPUS)) {
            CaseComparison comparison = runner.run(c);
            if (!comparison.same()) {
                failures.add(comparison.describe());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void catchesACandidateThatPrintsSomethingElse() {
        VsctlProgram chatty = (runDir, args, env) -> {
            ToolOutcome real = ExternalProgram.realVsctl().run(runDir, args, env);
            return new ToolOutcome(real.exitCode(), real.stdout() + "extra\n", real.stderr());
        };
        CaseComparison comparison = runnerWith(chatty).run(single("list-br"));

        assertThat(comparison.differences()).singleElement().asString().contains("stdout differs", "extra");
    }

    @Test
    void catchesACandidateThatExitsOrComplainsDifferently() {
        VsctlProgram grumpy = (runDir, args, env) -> {
            ToolOutcome real = ExternalProgram.realVsctl().run(runDir, args, env);
            return new ToolOutcome(real.exitCode() + 1, real.stdout(), real.stderr() + "warning\n");
        };
        CaseComparison comparison = runnerWith(grumpy).run(single("br-exists", "br0"));

        assertThat(comparison.differences()).hasSize(2)
                .anySatisfy(d -> assertThat(d).contains("exit status 0 expected, was 1"))
                .anySatisfy(d -> assertThat(d).contains("stderr differs", "warning"));
    }

    @Test
    void catchesACandidateThatWritesSomethingElse() {
        VsctlProgram sloppy = (runDir, args, env) -> ExternalProgram.realVsctl().run(runDir,
                args.stream().map(a -> a.equals("br1") ? "br2" : a).toList(), env);
        CaseComparison comparison = runnerWith(sloppy).run(single("add-br", "br1"));

        assertThat(comparison.differences()).singleElement().asString()
                .contains("final database differs", "\"br1\"", "\"br2\"");
    }

    @Test
    void rowsTheCommandCreatesCompareByContentNotByUuid() {
        CaseComparison comparison = runnerWith(ExternalProgram.realVsctl())
                .run(single("--", "--id=@c", "create", "Controller", "target=\"tcp:1.2.3.4\"", "--",
                        "add", "Bridge", "br0", "controller", "@c"));

        assertThat(comparison.same()).as(comparison::describe).isTrue();
    }

    private static CorpusCase single(String... args) {
        return new CorpusCase("self-check", String.join(" ", args), false, List.of(List.of("add-br", "br0")),
                Map.of(), List.of(new CorpusCase.Step(List.of(args), CorpusCase.Route.IN_PROCESS, true)));
    }

    private static DifferentialRunner runnerWith(VsctlProgram candidate) {
        return new DifferentialRunner(servers.reference(), servers.candidate(), ExternalProgram.realVsctl(),
                Map.of(CorpusCase.Route.IN_PROCESS, candidate, CorpusCase.Route.LAUNCHER, candidate,
                        CorpusCase.Route.TERMINAL, new TerminalProgram(ExternalProgram.REAL_VSCTL)));
    }
}
