package io.ovsguard.it.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.sandbox.junit.RequiresDpdk;
import io.ovsguard.sandbox.junit.RequiresHugepages;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator against the real switch: every configuration of the public calibration table
 * (calibration-ovs31-dpdk2211.md §5), the §4 threshold boundaries and the project's own rows run step by step on a
 * fresh sandboxed ovs-vswitchd-dpdk, and each step's prediction, made against the live database and /sys just before
 * it, must equal what the switch then does.
 *
 * <p>System properties: {@code ovsguard.calibration.table=FILE} also runs the configurations of a TSV file in the same
 * format (for the held-back set); {@code ovsguard.calibration.sweep=true} runs every §4 probe, not only the
 * boundaries (about 80 more switches, 5 minutes); {@code ovsguard.calibration.only=A05,F01} runs only the named
 * configurations; {@code ovsguard.calibration.gaps=true} also runs the own rows the model is known to miss.
 */
@RequiresDpdk
@RequiresHugepages
class CalibrationIT {

    private static final Path ARTIFACTS = Path.of("target", "calibration-mismatches");
    private static final CalibrationScore SCORE = new CalibrationScore(Path.of("target", "calibration-score.txt"));
    private static final CalibrationRunner RUNNER = new CalibrationRunner(ARTIFACTS);

    static Stream<CalibrationTable.Config> publicTable() {
        return selected(CalibrationTable.resource("/calibration/ovs31-dpdk2211-public.tsv"));
    }

    static Stream<CalibrationTable.Config> thresholdProbes() {
        String table = Boolean.getBoolean("ovsguard.calibration.sweep") ? "threshold-sweep" : "thresholds";
        return selected(CalibrationTable.resource("/calibration/ovs31-dpdk2211-" + table + ".tsv"));
    }

    static Stream<CalibrationTable.Config> ownRows() {
        return selected(CalibrationTable.resource("/calibration/ovsguard-own.tsv"));
    }

    /** Own rows the model is known to get wrong (history the database does not show); opt-in, to track progress. */
    static Stream<CalibrationTable.Config> knownGaps() {
        return Boolean.getBoolean("ovsguard.calibration.gaps")
                ? selected(CalibrationTable.resource("/calibration/ovsguard-known-gaps.tsv")) : Stream.empty();
    }

    static Stream<CalibrationTable.Config> extraTable() {
        String file = System.getProperty("ovsguard.calibration.table", "");
        return file.isBlank() ? Stream.empty() : selected(CalibrationTable.file(Path.of(file)));
    }

    /** {@code -Dovsguard.calibration.only=A05,F01} runs only those configurations (when re-checking a row). */
    private static Stream<CalibrationTable.Config> selected(CalibrationTable table) {
        Set<String> only = Arrays.stream(System.getProperty("ovsguard.calibration.only", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return table.configs().stream().filter(c -> only.isEmpty() || only.contains(c.id()));
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("publicTable")
    void publicConfigurationIsPredictedStepByStep(CalibrationTable.Config config) {
        assertEveryStepPredicted(config);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("thresholdProbes")
    void thresholdProbeIsPredicted(CalibrationTable.Config config) {
        assertEveryStepPredicted(config);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("ownRows")
    void ownConfigurationIsPredictedStepByStep(CalibrationTable.Config config) {
        assertEveryStepPredicted(config);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("knownGaps")
    void knownGapConfigurationIsPredictedStepByStep(CalibrationTable.Config config) {
        assertEveryStepPredicted(config);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("extraTable")
    void extraConfigurationIsPredictedStepByStep(CalibrationTable.Config config) {
        assertEveryStepPredicted(config);
    }

    @AfterAll
    static void reportScore() {
        SCORE.write();
    }

    private static void assertEveryStepPredicted(CalibrationTable.Config config) {
        List<CalibrationRunner.StepVerdict> verdicts = RUNNER.run(config);
        SCORE.add(verdicts);
        assertThat(verdicts).hasSize(config.steps().size());
        assertThat(verdicts).allSatisfy(v -> assertThat(v.observed()).as("%s", v).isNotEqualTo("unclear"))
                .allSatisfy(v -> assertThat(v.predicted()).as("%s", v).isEqualTo(v.observed()));
    }
}
