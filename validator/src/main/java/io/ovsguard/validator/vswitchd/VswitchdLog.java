package io.ovsguard.validator.vswitchd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The part of an ovs-vswitchd log written after a point in time: a guard marks the log's length before it commits
 * and later reads only what ovs-vswitchd wrote about its change. A log that shrank (rotated) is read from its start.
 */
public record VswitchdLog(Path file, long offset) {

    /** The log as it is now: later reads return only lines appended after this call. */
    public static VswitchdLog markEnd(Path file) {
        return new VswitchdLog(file, size(file));
    }

    /** Complete lines appended since the mark; empty when the file does not exist or cannot be read. */
    public List<String> linesSinceMark() {
        long size = size(file);
        long from = size < offset ? 0 : offset;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(from);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int lastNewline = text.lastIndexOf('\n');
            return lastNewline < 0 ? List.of() : text.substring(0, lastNewline).lines().toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new VswitchdSignalException("cannot read ovs-vswitchd log " + file + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new VswitchdSignalException("cannot read ovs-vswitchd log " + file + ": " + e.getMessage(), e);
        }
    }
}
