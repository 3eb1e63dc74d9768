package io.ovsguard.ovsdb.schema;

import io.ovsguard.ovsdb.error.SchemaException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A schema's {@code <major>.<minor>.<patch>} version, ordered numerically. */
public record SchemaVersion(int major, int minor, int patch) implements Comparable<SchemaVersion> {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})");

    public SchemaVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("negative version part in " + major + "." + minor + "." + patch);
        }
    }

    /** @throws SchemaException if {@code text} is not three dot-separated decimal numbers */
    public static SchemaVersion parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new SchemaException("schema version \"" + text + "\" is not of the form <major>.<minor>.<patch>");
        }
        return new SchemaVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
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
