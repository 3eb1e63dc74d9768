package io.ovsguard.ovsdb.direct;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files make the direct client use its JNI unix sockets, and how the others fall back. */
class NativeUnixSocketsTest {

    @Test
    void noFileNamedMeansTheJdksChannels() {
        assertThat(NativeUnixSockets.load("")).isFalse();
        assertThat(NativeUnixSockets.load("  ")).isFalse();
    }

    @Test
    void aFileThatIsGoneMeansTheJdksChannelsWithoutAWordOnStandardError(@TempDir Path dir) {
        // a cleaned build must not add a line to a command-line call's standard error
        AtomicBoolean loaded = new AtomicBoolean(true);
        String err = standardErrorOf(() -> loaded.set(NativeUnixSockets.load(dir.resolve("lib.so").toString())));

        assertThat(loaded).isFalse();
        assertThat(err).isEmpty();
    }

    @Test
    void aFileThatIsNoLibraryIsReportedOnOneLine(@TempDir Path dir) throws IOException {
        Path notALibrary = Files.writeString(dir.resolve("libovsguard-unix.so"), "not an ELF file");
        AtomicBoolean loaded = new AtomicBoolean(true);
        String err = standardErrorOf(() -> loaded.set(NativeUnixSockets.load(notALibrary.toString())));

        assertThat(loaded).isFalse();
        assertThat(err.lines().toList()).singleElement().asString().contains("cannot load")
                .contains("JDK's channels");
    }

    private static String standardErrorOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
