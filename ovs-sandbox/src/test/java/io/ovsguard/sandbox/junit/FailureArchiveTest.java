package io.ovsguard.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FailureArchiveTest {

    @Test
    void laysOutRootClassMethodSandbox() {
        FailureArchive archive = new FailureArchive(Path.of("target", "it-sandboxes"));

        assertThat(archive.directoryFor("io.x.FooIT", "addsPort", "ovsg-abc123"))
                .isEqualTo(Path.of("target/it-sandboxes/io.x.FooIT/addsPort/ovsg-abc123"));
    }

    @Test
    void flattensCharactersThatDoNotBelongInPaths() {
        assertThat(FailureArchive.safe("[1] mtu=9000, port/a")).isEqualTo("_1_mtu_9000_port_a");
        assertThat(FailureArchive.safe("")).isEqualTo("_");
    }
}
