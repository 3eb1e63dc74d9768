package io.ovsguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One peer process run under GNU time: the workload's own seconds (first request to last reply, as
 * the peer prints it), the whole process's wall time, and its peak resident memory.
 */
record PeerRun(String peer, double workSeconds, double processSeconds, long peakRssKb) {

    private static final long TIME_LIMIT_MINUTES = 10;
    private static final Pattern RESULT = Pattern.compile("RESULT peer=\\S+ mode=\\S+ count=\\d+ seconds=([0-9.]+)");

    /** A peer that exited with an error or printed no result; the message says why, in one line. */
    static final class PeerFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PeerFailedException(String message) {
            super(message);
        }
    }

    /** @throws PeerFailedException if the peer fails (for example ODL cancelling its own requests) */
    static PeerRun run(String peer, List<String> javaCommand, List<String> args) throws IOException, InterruptedException {
        Path timing = Files.createTempFile("ovsguard-bench", ".time");
        Path log = Files.createTempFile("ovsguard-bench", ".out");
        try {
            List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-o", timing.toString(), "-f", "%e %M"));
            command.addAll(javaCommand);
            command.addAll(args);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIME_LIMIT_MINUTES, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new PeerFailedException(peer + " did not finish within " + TIME_LIMIT_MINUTES + " minutes");
            }
            int status = process.exitValue();
            String output = Files.readString(log);
            Matcher result = RESULT.matcher(output);
            if (status != 0 || !result.find()) {
                throw new PeerFailedException(peer + " failed (exit " + status + "): " + firstError(output));
            }
            String[] time = Files.readString(timing).trim().split("\\s+");
            return new PeerRun(peer, Double.parseDouble(result.group(1)), Double.parseDouble(time[time.length - 2]),
                    Long.parseLong(time[time.length - 1]));
        } finally {
            Files.deleteIfExists(timing);
            Files.deleteIfExists(log);
        }
    }

    /** The line naming the exception, or the last line: enough to tell a cancellation from a crash. */
    private static String firstError(String output) {
        String[] lines = output.strip().split("\n");
        for (String line : lines) {
            if (line.contains("Exception") || line.contains("Error")) {
                return line.strip();
            }
        }
        return lines.length == 0 ? "no output" : lines[lines.length - 1].strip();
    }
}
