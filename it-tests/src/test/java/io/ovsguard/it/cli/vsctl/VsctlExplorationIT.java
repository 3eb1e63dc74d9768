package io.ovsguard.it.cli.vsctl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.sandbox.junit.RequiresOvs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * block (and written to {@code target/vsctl-exploration/differences.vsctl}); one where ovs-vsctl also differs from
 * itself is marked unstable, a generator fault (output that depends on random uuids) rather than an ovsguard one.
 */
@RequiresOvs
class VsctlExplorationIT {

    private static final Logger log = LoggerFactory.getLogger(VsctlExplorationIT.class);
    private static final int COUNT = Integer.getInteger("vsctl.explore.count", 50);
    private static final String SEEDS = System.getProperty("vsctl.explore.seed", "1");
    /** {@code -Dvsctl.explore.print=true} logs every sequence, to see what the generator makes. */
    private static final boolean PRINT = Boolean.getBoolean("vsctl.explore.print");
    private static final Path REPORT = Path.of("target", "vsctl-exploration", "differences.vsctl");
    /** How many differing cases the failure message shows; the report file has them all. */
    private static final int SHOWN = 10;

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

    @AfterAll
    static void stopServers() {
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void randomCommandSequencesBehaveLikeOvsVsctl() throws IOException {
        List<String> differences = new ArrayList<>();
        int run = 0;
        for (long seed : Arrays.stream(SEEDS.split(",")).map(String::strip).mapToLong(Long::parseLong).toArray()) {
            ExplorationSequences sequences = new ExplorationSequences(seed);
            for (int i = 0; i < COUNT; i++) {
                CorpusCase sequence = sequences.sequence(i);
                if (PRINT) {
                    log.info("\n{}", ExplorationSequences.asCorpusText(sequence));
                }
                CaseComparison comparison = runner.run(sequence);
                run++;
                if (!comparison.same()) {
                    boolean unstable = !selfCheck.run(sequence).same();
                    differences.add((unstable ? "# UNSTABLE: ovs-vsctl differs from itself\n" : "")
                            + ExplorationSequences.asCorpusText(sequence) + "# "
                            + String.join("\n# ", comparison.describe().split("\n")) + "\n");
                }
            }
        }
        log.info("explored {} sequences (seeds {}), {} differ", run, SEEDS, differences.size());
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, String.join("\n", differences), StandardCharsets.UTF_8);
        int explored = run;
        assertThat(differences).as(() -> differences.size() + " of " + explored + " sequences differ (all in "
                + REPORT.toAbsolutePath() + "):\n\n" + String.join("\n", differences.subList(0,
                Math.min(SHOWN, differences.size())))).isEmpty();
    }
}
