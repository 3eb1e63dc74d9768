package io.ovsguard.it.cli.vsctl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.sandbox.junit.RequiresOvs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
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

    /** Server pairs the corpus is shared out over: the self-check runs only C programs, so two go at once. */
    private static final int PAIRS = 2;

    private static final Executor SHARES = Executors.newFixedThreadPool(PAIRS, task -> {
        Thread thread = new Thread(task, "self-check");
        thread.setDaemon(true);
        return thread;
    });

    private static final List<DifferentialServers> pairs = new ArrayList<>();

    @BeforeAll
    static void startServers() {
        for (int i = 0; i < PAIRS; i++) {
            pairs.add(new DifferentialServers());
        }
    }

    @AfterAll
    static void stopServers() {
        pairs.forEach(DifferentialServers::close);
        pairs.clear();
    }

    @Test
    void ovsVsctlAgainstItselfShowsNoDifferenceOnTheCorpus() {
        List<CorpusCase> corpus = CorpusReader.readResourceDirectory(VsctlDifferentialIT.CORPUS);
        List<CompletableFuture<List<String>>> shares = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            DifferentialRunner runner = runnerWith(pairs.get(i), ExternalProgram.realVsctl());
            List<CorpusCase> share = new ArrayList<>();
            for (int c = i; c < corpus.size(); c += PAIRS) {
                share.add(corpus.get(c));
            }
            shares.add(CompletableFuture.supplyAsync(() -> differences(runner, share), SHARES));
        }
        List<String> failures = new ArrayList<>();
        shares.forEach(share -> failures.addAll(share.join()));
        assertThat(failures).isEmpty();
    }

    private static List<String> differences(DifferentialRunner runner, List<CorpusCase> cases) {
        List<String> failures = new ArrayList<>();
        for (CorpusCase c : cases) {
            CaseComparison comparison = runner.run(c);
            if (!comparison.same()) {
                failures.add(comparison.describe());
            }
        }
        return failures;
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
        return runnerWith(pairs.get(0), candidate);
    }

    private static DifferentialRunner runnerWith(DifferentialServers servers, VsctlProgram candidate) {
        return new DifferentialRunner(servers.reference(), servers.candidate(), ExternalProgram.realVsctl(),
                Map.of(CorpusCase.Route.IN_PROCESS, candidate, CorpusCase.Route.LAUNCHER, candidate,
                        CorpusCase.Route.TERMINAL, new TerminalProgram(ExternalProgram.REAL_VSCTL)));
    }
}
