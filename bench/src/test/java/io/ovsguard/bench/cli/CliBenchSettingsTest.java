package io.ovsguard.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CliBenchSettingsTest {

    @Test
    void readsEverySetting() {
        CliBenchSettings settings = CliBenchSettings.parse(new String[] {"--runs=5", "--scale-runs=2", "--ports=100",
                "--java=/opt/jdk/bin/java", "--only=startup,scale"});

        assertThat(settings.runs()).isEqualTo(5);
        assertThat(settings.scaleRuns()).isEqualTo(2);
        assertThat(settings.ports()).isEqualTo(100);
        assertThat(settings.java()).isEqualTo(Path.of("/opt/jdk/bin/java"));
        assertThat(settings.runs("startup")).isTrue();
        assertThat(settings.runs("wait")).isFalse();
    }

    @Test
    void rejectsAnUnknownArgumentNamingTheKnownOnes() {
        assertThatThrownBy(() -> CliBenchSettings.parse(new String[] {"--repeat=3"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--runs=N");
    }

    @Test
    void rejectsAnUnknownSection() {
        assertThatThrownBy(() -> CliBenchSettings.parse(new String[] {"--java=/x/java", "--only=startup,soak"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("soak");
    }
}
