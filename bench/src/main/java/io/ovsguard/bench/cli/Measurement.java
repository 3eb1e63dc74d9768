package io.ovsguard.bench.cli;

/**
 * One timed process run: wall time as the harness saw it (spawn to exit), user+system CPU and peak resident memory
 * as GNU time reports them, the exit status and what the process printed.
 */
record Measurement(long wallNanos, double cpuMillis, long peakRssKb, int exitCode, String stdout, String stderr) {

    boolean succeeded() {
        return exitCode == 0;
    }

    /** The first line of stderr (or stdout when stderr is empty), for a row that failed. */
    String firstMessageLine() {
        String text = stderr.isBlank() ? stdout : stderr;
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }
}
