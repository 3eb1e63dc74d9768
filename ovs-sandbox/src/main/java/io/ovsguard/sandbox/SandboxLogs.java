package io.ovsguard.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Reads daemon logs: whole, or the tail that goes into error messages. */
public final class SandboxLogs {
    /** Lines of a daemon log quoted in a start or stop failure. */
    public static final int TAIL_LINES = 30;
    /** The start of an OVS log line: an ISO timestamp, then '|'. */
    private static final Pattern VLOG_LINE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z\\|");

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

    /** The file's size in bytes, 0 when it does not exist (yet): where the next start's output will begin. */
    public static long size(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException absent) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }

    /** What was appended to the file after it had {@code offset} bytes (all of it if it shrank or was replaced). */
    public static String readSince(Path file, long offset) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException absent) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        int from = offset <= bytes.length ? (int) offset : 0;
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    }

    /**
     * An error-message suffix quoting the last lines a daemon wrote to {@code file} since it had {@code offset}
     * bytes. Logs are appended to by every start of a daemon; quoting only this start's lines keeps a previous
     * run's last words from passing for this one's.
     */
    public static String describeTailSince(Path file, long offset) {
        List<String> all = readSince(file, offset).lines().toList();
        if (all.isEmpty()) {
            return " (nothing written to " + file + " by this start)";
        }
        List<String> last = all.subList(Math.max(0, all.size() - TAIL_LINES), all.size());
        return "\n--- last lines of " + file + " (this start) ---\n" + String.join("\n", last);
    }

    /**
     * An error-message suffix quoting what a daemon printed to its console that is not a copy of a log line (before
     * it detaches, OVS echoes log lines there too): fatal errors printed before or instead of logging. Empty when
     * there is nothing else.
     */
    public static String describeConsole(String console) {
        List<String> own = console.lines().filter(line -> !line.isBlank() && !VLOG_LINE.matcher(line).lookingAt())
                .toList();
        if (own.isEmpty()) {
            return "";
        }
        List<String> last = own.subList(Math.max(0, own.size() - TAIL_LINES), own.size());
        return "\n--- console ---\n" + String.join("\n", last);
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
