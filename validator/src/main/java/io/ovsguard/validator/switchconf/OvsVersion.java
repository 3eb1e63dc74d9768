package io.ovsguard.validator.switchconf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An Open vSwitch release, {@code 2.6.0} or {@code 3.1.0} (a packaging suffix like {@code -2+deb12u1} is ignored). */
public record OvsVersion(int major, int minor, int patch) implements Comparable<OvsVersion> {

    private static final Pattern SHAPE = Pattern.compile("v?(\\d{1,3})\\.(\\d{1,3})(?:\\.(\\d{1,4}))?(?:[-+~].*)?");

    public static OvsVersion parse(String text) {
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            throw new ConfigSyntaxException("ovs_version", text, "expected MAJOR.MINOR[.PATCH], e.g. 3.1.0");
        }
        return new OvsVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    public static OvsVersion of(int major, int minor) {
        return new OvsVersion(major, minor, 0);
    }

    public boolean atLeast(int wantMajor, int wantMinor) {
        return compareTo(of(wantMajor, wantMinor)) >= 0;
    }

    public boolean below(int wantMajor, int wantMinor) {
        return !atLeast(wantMajor, wantMinor);
    }

    @Override
    public int compareTo(OvsVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
