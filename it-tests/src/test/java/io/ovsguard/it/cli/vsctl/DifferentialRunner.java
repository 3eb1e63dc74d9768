package io.ovsguard.it.cli.vsctl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * Runs corpus cases through a reference program (the real ovs-vsctl) on one server and a candidate on the other,
 * both starting from the same database, uuids included, and compares every step's exit status, stdout and stderr
 * and the final databases.
 *
 * <p>The starting state is built once, by the reference on server A, then copied into server B row by row with the
 * same uuids. So anything that depends on uuid order (ovs-vsctl walks rows in hash order) is the same on both
 * sides; only rows the steps create get different uuids, which the comparison labels by content.
 */
final class DifferentialRunner {

    /** The uuid of the Open_vSwitch row of the initialised baseline, the same on both servers. */
    static final String BASELINE_ROOT_UUID = "00000000-0000-4000-8000-000000000001";

    /** Runs the reference side of a step beside the candidate; its own threads, not the common pool other tests use. */
    private static final Executor REFERENCE_SIDE = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "differential-reference");
        thread.setDaemon(true);
        return thread;
    });

    private final ServerSide reference;
    private final ServerSide candidate;
    private final VsctlProgram referenceProgram;
    /** The real ovs-vsctl on a terminal, for {@link CorpusCase.Route#TERMINAL} steps. */
    private final VsctlProgram terminalReference = new TerminalProgram(ExternalProgram.REAL_VSCTL);
    private final Map<CorpusCase.Route, VsctlProgram> candidatePrograms;
    /** Starting states already built, which a runner reuses for the cases of one run. */
    private final Map<StartKey, DatabaseImage> startingStates = new HashMap<>();

    DifferentialRunner(ServerSide reference, ServerSide candidate, VsctlProgram referenceProgram,
            Map<CorpusCase.Route, VsctlProgram> candidatePrograms) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.candidate = Objects.requireNonNull(candidate, "candidate");
        this.referenceProgram = Objects.requireNonNull(referenceProgram, "referenceProgram");
        this.candidatePrograms = Map.copyOf(candidatePrograms);
    }

    CaseComparison run(CorpusCase corpusCase) {
        DatabaseImage start = startingState(corpusCase);
        start.restoreInto(candidate.connection());

        List<ToolOutcome> referenceOutcomes = new ArrayList<>();
        List<ToolOutcome> candidateOutcomes = new ArrayList<>();
        for (CorpusCase.Step step : corpusCase.steps()) {
            VsctlProgram program = candidatePrograms.get(step.route());
            if (program == null) {
                throw new IllegalStateException(corpusCase + ": no candidate program for route " + step.route());
            }
            // the servers are independent, so both sides run at once (a --timeout step takes its whole time)
            VsctlProgram referenceSide = step.route() == CorpusCase.Route.TERMINAL ? terminalReference
                    : referenceProgram;
            CompletableFuture<ToolOutcome> real = CompletableFuture.supplyAsync(
                    () -> referenceSide.run(reference.runDir(), step.commandLine(), corpusCase.env()), REFERENCE_SIDE);
            candidateOutcomes.add(program.run(candidate.runDir(), step.commandLine(), corpusCase.env()));
            referenceOutcomes.add(real.join());
        }
        return compare(corpusCase, referenceOutcomes, candidateOutcomes);
    }

    /**
     * Puts the case's starting state into server A and returns it: built by running the setup with ovs-vsctl the
     * first time, restored from the image of that first build for every later case with the same starting state.
     */
    private DatabaseImage startingState(CorpusCase corpusCase) {
        StartKey key = new StartKey(corpusCase.emptyDb(), corpusCase.setup());
        DatabaseImage built = startingStates.get(key);
        if (built != null) {
            built.restoreInto(reference.connection());
            return built;
        }
        List<String> tables = reference.tableNames();
        DatabaseImage baseline = corpusCase.emptyDb() ? DatabaseImage.empty(tables)
                : DatabaseImage.initialized(tables, BASELINE_ROOT_UUID);
        baseline.restoreInto(reference.connection());
        for (List<String> setup : corpusCase.setup()) {
            List<String> line = new ArrayList<>();
            line.add("--no-wait");
            line.addAll(setup);
            ToolOutcome outcome = ExternalProgram.realVsctl().run(reference.runDir(), line);
            if (outcome.exitCode() != 0) {
                throw new IllegalStateException(corpusCase + ": setup " + setup + " failed with "
                        + outcome.exitCode() + ": " + outcome.stderr());
            }
        }
        DatabaseImage captured = reference.capture();
        startingStates.put(key, captured);
        return captured;
    }

    /** What a starting state is built from. */
    private record StartKey(boolean emptyDb, List<List<String>> setup) {
    }

    private CaseComparison compare(CorpusCase corpusCase, List<ToolOutcome> referenceOutcomes,
            List<ToolOutcome> candidateOutcomes) {
        DatabaseImage referenceEnd = reference.capture();
        DatabaseImage candidateEnd = candidate.capture();
        UuidLabels referenceLabels = referenceEnd.labels();
        UuidLabels candidateLabels = candidateEnd.labels();
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < corpusCase.steps().size(); i++) {
            String step = "step " + (i + 1) + " " + corpusCase.steps().get(i).commandLine();
            ToolOutcome r = referenceOutcomes.get(i);
            ToolOutcome c = candidateOutcomes.get(i);
            if (r.exitCode() != c.exitCode()) {
                differences.add(step + ": exit status " + r.exitCode() + " expected, was " + c.exitCode());
            }
            compareText(differences, step + ": stdout", referenceLabels.relabel(reference.neutral(r.stdout())),
                    candidateLabels.relabel(candidate.neutral(c.stdout())));
            compareText(differences, step + ": stderr", referenceLabels.relabel(reference.neutral(r.stderr())),
                    candidateLabels.relabel(candidate.neutral(c.stderr())));
        }
        compareText(differences, "final database", referenceEnd.render(referenceLabels),
                candidateEnd.render(candidateLabels));
        return new CaseComparison(corpusCase, differences);
    }

    private static void compareText(List<String> differences, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            differences.add(what + " differs\n--- ovs-vsctl\n" + expected + "--- candidate\n" + actual + "---");
        }
    }
}
