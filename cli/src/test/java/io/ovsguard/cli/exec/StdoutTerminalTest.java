package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StdoutTerminalTest {

    @Test
    void aDescriptorLinkedToAPseudoTerminalIsATerminal(@TempDir Path dir) throws Exception {
        assertThat(StdoutTerminal.isTerminalDevice(Files.createSymbolicLink(dir.resolve("1"), Path.of("/dev/pts/3"))))
                .isTrue();
    }

    @Test
    void pipesAndFilesAreNotTerminals(@TempDir Path dir) throws Exception {
        assertThat(StdoutTerminal.isTerminalDevice(Files.createSymbolicLink(dir.resolve("1"), Path.of("pipe:[42]"))))
                .isFalse();
        assertThat(StdoutTerminal.isTerminalDevice(Files.createSymbolicLink(dir.resolve("2"), dir.resolve("out.txt"))))
                .isFalse();
    }

    @Test
    void anUnreadableDescriptorIsNotATerminal(@TempDir Path dir) {
        assertThat(StdoutTerminal.isTerminalDevice(dir.resolve("missing"))).isFalse();
    }
}
