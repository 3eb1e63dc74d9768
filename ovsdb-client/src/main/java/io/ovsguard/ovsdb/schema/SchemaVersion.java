package io.ovsguard.ovsdb.schema;

import io.ovsguard.ovsdb.error.SchemaException;

/** A schema's {@code <major>.<minor>.<patch>} version, ordered numerically. */
public record SchemaVersion(int major, int minor, int patch) implements Comparable<SchemaVersion> {

    private static final int MAX_DIGITS = 9;

    public SchemaVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("negative version part in " + major + "." + minor + "." + patch);
        }
    }

    /** @throws SchemaException if {@code text} is not three dot-separated decimal numbers */
    public static SchemaVersion parse(String text) {
        // scanned by hand, not with a regular expression: every CLI call parses a version, and compiling a pattern
        // on a cold JVM costs more than the rest of the parse
        int[] parts = new int[3];
        int at = 0;
        for (int part = 0; part < parts.length; part++) {
            if (part > 0) {
                if (at >= text.length() || text.charAt(at) != '.') {
                    throw notAVersion(text);
                }
                at++;
            }
            int start = at;
            int value = 0;
            while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9' && at - start < MAX_DIGITS) {
                value = value * 10 + (text.charAt(at) - '0');
                at++;
            }
            if (at == start) {
                throw notAVersion(text);
            }
            parts[part] = value;
        }
        if (at != text.length()) {
            throw notAVersion(text);
        }
        return new SchemaVersion(parts[0], parts[1], parts[2]);
    }

    private static SchemaException notAVersion(String text) {
        return new SchemaException("schema version \"" + text + "\" is not of the form <major>.<minor>.<patch>");
    }

    @Override
    public int compareTo(SchemaVersion other) {
        if (major != other.major) {
            return Integer.compare(major, other.major);
        }
        if (minor != other.minor) {
            return Integer.compare(minor, other.minor);
        }
        return Integer.compare(patch, other.patch);
    }

    public boolean isAtLeast(SchemaVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
