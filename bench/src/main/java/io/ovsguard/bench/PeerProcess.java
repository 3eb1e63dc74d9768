package io.ovsguard.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A benchmark peer process speaking a line protocol on stdout; stderr goes to the harness's stderr. */
final class PeerProcess {

    private final Process process;
    private final BufferedReader out;
    private final String name;

    private PeerProcess(Process process, String name) {
        this.process = process;
        this.name = name;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static PeerProcess start(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new PeerProcess(process, command.get(command.size() > 3 ? 3 : 0));
    }

    /** The next protocol line; JVM log lines such as {@code [1.2s][info][jfr] ...} are skipped. */
    String next() throws IOException {
        while (true) {
            String line = out.readLine();
            if (line == null) {
                throw new IllegalStateException("peer " + name + " ended early (exit " + waitFor() + ")");
            }
            if (!line.startsWith("[")) {
                return line;
            }
        }
    }

    /** The value of the next line, which must start with {@code key}. */
    String expect(String key) throws IOException {
        String line = next();
        if (!line.equals(key) && !line.startsWith(key + " ")) {
            throw new IllegalStateException("peer " + name + " said \"" + line + "\", expected " + key);
        }
        return line.length() > key.length() ? line.substring(key.length() + 1) : "";
    }

    /**
     * CPU seconds (user + system, all threads) the peer has used so far, from {@code /proc/<pid>/stat};
     * clock ticks of 1/100 s, as {@code getconf CLK_TCK} reports on Linux.
     */
    double cpuSeconds() throws IOException {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(process.pid()),
                "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after the command name: state is field 3, utime field 14 and stime field 15 of the whole line
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    void awaitExit() throws InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("peer " + name + " did not exit");
        }
    }

    private int waitFor() {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
