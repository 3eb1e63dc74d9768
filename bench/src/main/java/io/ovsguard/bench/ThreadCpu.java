package io.ovsguard.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU seconds per thread group of this process (threads named alike, digits dropped but the JIT's tiers kept:
 * "C1 CompilerThre", "C2 CompilerThre", "GC Thread", "ovsdb-io-"), from {@code /proc/self/task}; for the replica
 * peer's optional breakdown ({@code -Dbench.threads=true}), which shows how much of a figure is the JIT compiler or
 * the GC.
 */
final class ThreadCpu {

    private ThreadCpu() {
    }

    /** CPU seconds by thread group, so far; threads that ended are not counted. */
    static Map<String, Double> byGroup() throws IOException {
        Map<String, Double> groups = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    String name = group(Files.readString(task.resolve("comm")).trim());
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                    groups.merge(name, seconds, Double::sum);
                } catch (IOException ended) {
                    // the thread ended between listing and reading
                }
            }
        }
        return groups;
    }

    /** A thread's group: its name without digits, but the JIT's "C1" and "C2" compiler threads kept apart. */
    static String group(String threadName) {
        String prefix = threadName.startsWith("C1 ") || threadName.startsWith("C2 ") ? threadName.substring(0, 2) : "";
        return (prefix + threadName.substring(prefix.length()).replaceAll("[0-9#]+", "")).trim();
    }

    /** The groups whose CPU grew between {@code before} and {@code after}, largest first, as one line. */
    static String delta(Map<String, Double> before, Map<String, Double> after) {
        StringBuilder line = new StringBuilder();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0)))
                .filter(e -> e.getValue() > 0.005)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> line.append(String.format("%s=%.2f ", e.getKey(), e.getValue())));
        return line.toString().trim();
    }
}
