package io.ovsguard.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads daemon logs: whole, or the tail that goes into error messages. */
public final class SandboxLogs {
    /** Lines of a daemon log quoted in a start or stop failure. */
    public static final int TAIL_LINES = 30;

    private SandboxLogs() {
    }

    /** The file's text, or an empty string when the daemon has not written it (yet). */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException absent) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The last {@code lines} lines of the file, for error messages. */
    public static String tail(Path file, int lines) {
        List<String> all = read(file).lines().toList();
        List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
        return String.join("\n", last);
    }

    /** An error-message suffix quoting the tail of a log, or saying it is empty. */
    public static String describeTail(Path file) {
        String tail = tail(file, TAIL_LINES);
        return tail.isEmpty()
                ? " (" + file + " is empty)"
                : "\n--- last lines of " + file + " ---\n" + tail;
    }
}
