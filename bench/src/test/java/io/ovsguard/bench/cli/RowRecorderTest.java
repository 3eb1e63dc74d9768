package io.ovsguard.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowRecorderTest {

    private static Measurement ok(double wallMillis) {
        return new Measurement((long) (wallMillis * 1e6), 1, 1024, 0, "br0\n", "");
    }

    @Test
    void reportsAnUnimplementedCommandInsteadOfFailing() {
        RowRecorder recorder = new RowRecorder("add-port / ovsguard");

        boolean succeeded = recorder.record(new Measurement(1, 1, 1, 1, "",
                "ovs-vsctl: 'add-port' command is not implemented yet\n"));

        assertThat(succeeded).isFalse();
        assertThat(recorder.stillRunning()).isFalse();
        assertThat(recorder.stats().available()).isFalse();
        assertThat(recorder.stats().unavailable()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("not implemented").contains("'add-port' command is not implemented yet"));
    }

    @Test
    void reportsAnyOtherFailureWithItsExitStatusAndFirstLine() {
        RowRecorder recorder = new RowRecorder("list-br / ovsguard");
        recorder.record(ok(5));

        recorder.record(new Measurement(1, 1, 1, 2, "", "ovs-vsctl: no bridge named br9\nmore\n"));

        assertThat(recorder.stats().unavailable()).contains("failed, exit 2: ovs-vsctl: no bridge named br9");
    }

    @Test
    void keepsTheFirstRunForTheOutputComparison() {
        RowRecorder recorder = new RowRecorder("list-br / ovs-vsctl");
        Measurement first = ok(7);

        recorder.record(first);
        recorder.record(ok(9));

        assertThat(recorder.first()).contains(first);
        assertThat(recorder.stats().medianWallMillis()).isEqualTo(8.0);
    }
}
