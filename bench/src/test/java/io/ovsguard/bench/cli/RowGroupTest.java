package io.ovsguard.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RowGroupTest {

    private final Contender vsctl = Contender.tool("ovs-vsctl", List.of("ovs-vsctl"), Map.of());
    private final Contender ovsguard = Contender.tool("ovsguard", List.of("ovsguard"), Map.of());
    private final Contender hello = Contender.yardstick("hello", List.of("java", "-jar", "hello.jar"));

    private static RowRecorder recorded(String label, int exit, String stdout, String stderr) {
        RowRecorder recorder = new RowRecorder(label);
        recorder.record(new Measurement(1_000_000, 1, 1024, exit, stdout, stderr));
        return recorder;
    }

    private Map<Contender, RowRecorder> rows(RowRecorder ours) {
        Map<Contender, RowRecorder> rows = new LinkedHashMap<>();
        rows.put(hello, recorded("hello", 0, "hello, world\n", ""));
        rows.put(vsctl, recorded("vsctl", 0, "br0\n", ""));
        rows.put(ovsguard, ours);
        return rows;
    }

    @Test
    void sameResultNeedsIdenticalBytesAndIdenticalDatabaseState() {
        RowGroup group = RowGroup.of("list-br", rows(recorded("ours", 0, "br0\n", "")), Optional.of(vsctl),
                Map.of(vsctl, "p1", ovsguard, "p1"));

        assertThat(group.sameAsReference()).containsExactly(Map.entry("ovsguard", true));
    }

    @Test
    void differentOutputIsNotTheSameResult() {
        RowGroup group = RowGroup.of("list-br", rows(recorded("ours", 0, "br0 \n", "")), Optional.of(vsctl),
                Map.of());

        assertThat(group.sameAsReference()).containsEntry("ovsguard", false);
    }

    @Test
    void differentDatabaseStateIsNotTheSameResult() {
        RowGroup group = RowGroup.of("add-port", rows(recorded("ours", 0, "", "")), Optional.of(vsctl),
                Map.of(vsctl, "p1 tag=[]", ovsguard, "p1 tag=5"));

        assertThat(group.sameAsReference()).containsEntry("ovsguard", false);
    }

    @Test
    void theYardstickIsNeverCompared() {
        RowGroup group = RowGroup.of("list-br", rows(recorded("ours", 0, "br0\n", "")), Optional.of(vsctl),
                Map.of());

        assertThat(group.sameAsReference()).doesNotContainKey("hello");
        assertThat(group.rows()).containsKeys("hello", "ovs-vsctl", "ovsguard");
    }
}
