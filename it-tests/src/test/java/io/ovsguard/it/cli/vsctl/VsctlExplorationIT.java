package io.ovsguard.it.cli.vsctl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.sandbox.junit.RequiresOvs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Differential exploration: random command sequences ({@link ExplorationSequences}) through the real ovs-vsctl and
 * ovsguard on two fresh servers, compared like the corpus (exit status, stdout, stderr, final database). The default
 * run (50 sequences of seed 1) is part of the IT suite; a long one is
 * {@code -Dvsctl.explore.count=2000 -Dvsctl.explore.seed=7,8,9}. Each differing sequence is printed as a corpus
 * block (and written to {@code target/vsctl-exploration/differences.vsctl}); one that ovs-vsctl also shows against
 * itself, or that does not come back, is marked unstable, a generator fault (output that depends on random uuids)
 * rather than an ovsguard one. {@code -Dvsctl.explore.first=N} starts each seed at sequence N, to run one again.
 */
@RequiresOvs
class VsctlExplorationIT {

    private static final Logger log = LoggerFactory.getLogger(VsctlExplorationIT.class);
    private static final int COUNT = Integer.getInteger("vsctl.explore.count", 50);
    private static final String SEEDS = System.getProperty("vsctl.explore.seed", "1");
    /** The first sequence of each seed: {@code -Dvsctl.explore.first=1271 -Dvsctl.explore.count=1} runs one again. */
    private static final int FIRST = Integer.getInteger("vsctl.explore.first", 0);
    /**
     * How many times a difference is checked for instability. Output ordered by the random uuid of a row the
     * sequence inserted (two fake bridges on one VLAN, listed in their bridge's uuid order) differs between the two
     * servers about every other run, for ovs-vsctl against itself as for ovsguard; one check would miss it half
     * the time.
     */
    private static final int INSTABILITY_CHECKS = 4;
    /** {@code -Dvsctl.explore.print=true} logs every sequence, to see what the generator makes. */
    private static final boolean PRINT = Boolean.getBoolean("vsctl.explore.print");
    private static final Path REPORT = Path.of("target", "vsctl-exploration", "differences.vsctl");
    /** How many differing cases the failure message shows; the report file has them all. */
    private static final int SHOWN = 10;

    /** Longer than any sequence takes (a wait-until of the exploration waits one second per line). */
    private static final long SEQUENCE_SECONDS = 60;
    private static final Executor SEQUENCE_THREAD = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "exploration");
        thread.setDaemon(true);
        return thread;
    });

    private static DifferentialServers servers;
    private static DifferentialRunner runner;
    private static DifferentialRunner selfCheck;

    @BeforeAll
    static void startServers() {
        servers = new DifferentialServers();
        VsctlProgram real = ExternalProgram.realVsctl();
        runner = new DifferentialRunner(servers.reference(), servers.candidate(), real,
                Map.of(CorpusCase.Route.IN_PROCESS, new InProcessOvsguard()));
        selfCheck = new DifferentialRunner(servers.reference(), servers.candidate(), real,
                Map.of(CorpusCase.Route.IN_PROCESS, real));
    }

    @Test
    void aSequenceIsReproducibleAndItsCorpusTextReadsBackAsTheSameCase() {
        ExplorationSequences sequences = new ExplorationSequences(42);
        for (int i = 0; i < 200; i++) {
            CorpusCase sequence = sequences.sequence(i);
            assertThat(new ExplorationSequences(42).sequence(i)).isEqualTo(sequence);
            CorpusCase read = CorpusReader.parse("explore", ExplorationSequences.asCorpusText(sequence)).get(0);
            assertThat(read.steps()).isEqualTo(sequence.steps());
            assertThat(read.setup()).isEqualTo(sequence.setup());
            assertThat(read.emptyDb()).isEqualTo(sequence.emptyDb());
        }
    }

    /**
     * Whether a difference is the generator's: ovs-vsctl differs from itself on the two servers, or ovsguard's
     * comparison comes out the same when run again (each tried {@link #INSTABILITY_CHECKS} times, so that output
     * decided by random uuids is caught with odds of 1 - 2^-4 or better).
     */
    private static boolean isUnstable(CorpusCase sequence) {
        for (int i = 0; i < INSTABILITY_CHECKS; i++) {
            if (!selfCheck.run(sequence).same() || withinTimeLimit(sequence).same()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the sequence, failing the whole exploration at once if it does not finish in time: a candidate stuck in
     * a loop cannot be stopped in this JVM, and the servers it holds are no use to later sequences.
     */
    private static CaseComparison withinTimeLimit(CorpusCase sequence) {
        CompletableFuture<CaseComparison> comparison = CompletableFuture.supplyAsync(() -> runner.run(sequence),
                SEQUENCE_THREAD);
        try {
            return comparison.get(SEQUENCE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("sequence did not finish in " + SEQUENCE_SECONDS + " s:\n"
                    + ExplorationSequences.asCorpusText(sequence), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(sequence + " failed to run", e.getCause());
        }
    }

    @AfterAll
    static void stopServers() {
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void randomCommandSequencesBehaveLikeOvsVsctl() throws IOException {
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, "", StandardCharsets.UTF_8);
        List<String> differences = new ArrayList<>();
        int run = 0;
        for (long seed : Arrays.stream(SEEDS.split(",")).map(String::strip).mapToLong(Long::parseLong).toArray()) {
            ExplorationSequences sequences = new ExplorationSequences(seed);
            for (int i = FIRST; i < FIRST + COUNT; i++) {
                CorpusCase sequence = sequences.sequence(i);
                if (PRINT) {
                    log.info("\n{}", ExplorationSequences.asCorpusText(sequence));
                }
                CaseComparison comparison = withinTimeLimit(sequence);
                run++;
                if (!comparison.same()) {
                    boolean unstable = isUnstable(sequence);
                    String block = (unstable ? "# UNSTABLE: ovs-vsctl differs from itself, or the difference does not"
                            + " come back\n" : "")
                            + ExplorationSequences.asCorpusText(sequence) + "# "
                            + String.join("\n# ", comparison.describe().split("\n")) + "\n";
                    differences.add(block);
                    // written as found, so a long run can be read while it goes on
                    Files.writeString(REPORT, block + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                }
                if (run % 100 == 0) {
                    log.info("explored {} sequences, {} differ", run, differences.size());
                }
            }
        }
        log.info("explored {} sequences (seeds {}), {} differ", run, SEEDS, differences.size());
        int explored = run;
        assertThat(differences).as(() -> differences.size() + " of " + explored + " sequences differ (all in "
                + REPORT.toAbsolutePath() + "):\n\n" + String.join("\n", differences.subList(0,
                Math.min(SHOWN, differences.size())))).isEmpty();
    }
}
