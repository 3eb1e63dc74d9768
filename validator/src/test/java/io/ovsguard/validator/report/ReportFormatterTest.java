package io.ovsguard.validator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.ovsguard.validator.Fixtures;
import io.ovsguard.validator.rule.RuleIds;
import io.ovsguard.validator.rule.Validator;
import io.ovsguard.validator.switchconf.ConfigChange;
import io.ovsguard.validator.switchconf.ProposedChange;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportFormatterTest {

    private final Report failing = new Validator().validate(
            SwitchConfig.of(Map.of("dpdk-init", "true", "dpdk-socket-mem", "256,256,256,256"), "2.6.0", "DPDK 16.07"),
            Fixtures.host(Fixtures.FOUR_NODE), ProposedChange.of(ConfigChange.AddPort.dpdk("dpdk0", "0000:8b:00.0",
                    1500)));

    @Test
    void jsonCarriesStepsAndFindingsWithFixAndMargin() {
        JsonObject root = JsonParser.parseString(ReportFormatter.json(failing)).getAsJsonObject();
        assertThat(root.get("blocking").getAsBoolean()).isTrue();
        JsonObject step = root.getAsJsonArray("steps").get(0).getAsJsonObject();
        assertThat(step.get("outcome").getAsString()).isEqualTo("fail");
        assertThat(step.get("socket").getAsInt()).isEqualTo(2);
        assertThat(step.getAsJsonArray("requests")).hasSize(5);
        JsonObject finding = root.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertThat(finding.get("id").getAsString()).isEqualTo(RuleIds.MEMPOOL_INSUFFICIENT);
        assertThat(finding.get("severity").getAsString()).isEqualTo("error");
        assertThat(finding.get("fix").getAsString()).contains("dpdk-socket-mem=256,256,");
        assertThat(finding.get("marginMiB").getAsDouble()).isNegative();
    }

    @Test
    void textNamesSeverityIdFixAndEvidence() {
        String text = ReportFormatter.text(failing);
        assertThat(text).contains("error: mempool.insufficient: dpdk0:", "  fix: set Open_vSwitch",
                "  evidence: ", "result: the change would fail");
    }

    @Test
    void reportOrdersBySeverityAndFindingsAreOneLine() {
        Report r = new Report(List.of(Finding.of(Severity.INFO, "a", "s", "m", List.of()),
                Finding.of(Severity.ERROR, "b", "s", "m", List.of())), List.of());
        assertThat(r.ids()).containsExactly("b", "a");
        assertThatThrownBy(() -> Finding.of(Severity.INFO, "a", "s", "two\nlines", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
