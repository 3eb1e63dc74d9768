package io.ovsguard.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowStatsTest {

    private static Measurement run(double wallMillis, double cpuMillis, long rssKb) {
        return new Measurement((long) (wallMillis * 1e6), cpuMillis, rssKb, 0, "", "");
    }

    @Test
    void takesTheMedianWallTimeAndPeakMemoryAndTheMeanCpu() {
        RowStats stats = RowStats.of("row", List.of(run(30, 10, 2048), run(10, 20, 1024), run(20, 30, 4096)));

        assertThat(stats.medianWallMillis()).isEqualTo(20.0);
        assertThat(stats.medianPeakRssMb()).isEqualTo(2.0);
        assertThat(stats.meanCpuMillis()).isEqualTo(20.0);
        assertThat(stats.runs()).isEqualTo(3);
        assertThat(stats.available()).isTrue();
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddlePair() {
        assertThat(RowStats.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void refusesARowWithoutRuns() {
        assertThatThrownBy(() -> RowStats.of("row", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
