package io.ovsguard.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who changed the shared hugepage pool by how much. One line per live reservation:
 * {@code <owner> <jvm-pid> <ADD|EXACT> <delta>}. Read and written only while holding the hugepage lock; a JVM that
 * died without giving its pages back is recognised by its pid.
 */
public final class HugepageLedger {

    /** The kind of a reservation; an EXACT one excludes every other. */
    public enum Kind { ADD, EXACT }

    /** One reservation: {@code delta} pages were added to nr_hugepages (negative when an EXACT one shrank it). */
    public record Entry(String owner, long jvmPid, Kind kind, int delta) {
        public Entry {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(kind, "kind");
            if (owner.isBlank() || owner.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("ledger owner must be one word, got '" + owner + "'");
            }
        }

        String line() {
            return owner + " " + jvmPid + " " + kind + " " + delta;
        }

        static Entry parse(String line, Path file) {
            String[] f = line.strip().split("\\s+");
            if (f.length != 4) {
                throw new SandboxException("malformed line in " + file + ": '" + line + "'");
            }
            try {
                return new Entry(f[0], Long.parseLong(f[1]), Kind.valueOf(f[2]), Integer.parseInt(f[3]));
            } catch (IllegalArgumentException e) {
                throw new SandboxException("malformed line in " + file + ": '" + line + "'", e);
            }
        }

        /** Whether the JVM that made this reservation still runs. */
        boolean ownerAlive() {
            return ProcessHandle.of(jvmPid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    private final Path file;

    public HugepageLedger(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public List<Entry> entries() {
        try {
            List<Entry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    entries.add(Entry.parse(line, file));
                }
            }
            return List.copyOf(entries);
        } catch (NoSuchFileException absent) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    void add(Entry entry) {
        List<Entry> entries = new ArrayList<>(entries());
        entries.add(entry);
        write(entries);
    }

    void replace(Entry old, Entry updated) {
        List<Entry> entries = new ArrayList<>(entries());
        int at = entries.indexOf(old);
        if (at < 0) {
            throw new SandboxException("reservation of " + old.owner() + " is missing from " + file);
        }
        entries.set(at, updated);
        write(entries);
    }

    void remove(Entry entry) {
        List<Entry> entries = new ArrayList<>(entries());
        if (!entries.remove(entry)) {
            throw new SandboxException("reservation of " + entry.owner() + " is missing from " + file);
        }
        write(entries);
    }

    /** Writes through a temp file and a rename, so a crash never leaves half a ledger. */
    private void write(List<Entry> entries) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            List<String> lines = entries.stream().map(Entry::line).toList();
            Files.write(tmp, lines);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
