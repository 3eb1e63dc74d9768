package io.ovsguard.validator.switchconf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DPDK release as {@code Open_vSwitch.dpdk_version} shows it ({@code "DPDK 22.11.11"}, {@code "DPDK 16.07.0"}),
 * or bare ({@code 16.07}). Old-style {@code 2.2.0} compares below every YY.MM release.
 */
public record DpdkVersion(int year, int month, int patch) implements Comparable<DpdkVersion> {

    private static final Pattern SHAPE = Pattern.compile("(?:DPDK\\s+)?v?(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{1,4}))?"
            + "(?:[-.~+][0-9A-Za-z.~+-]*)?", Pattern.CASE_INSENSITIVE);

    public static DpdkVersion parse(String text) {
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            throw new ConfigSyntaxException("dpdk_version", text, "expected \"DPDK YY.MM[.PATCH]\", e.g. DPDK 22.11.1");
        }
        return new DpdkVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    public static DpdkVersion of(int year, int month) {
        return new DpdkVersion(year, month, 0);
    }

    public boolean atLeast(int wantYear, int wantMonth) {
        return compareTo(of(wantYear, wantMonth)) >= 0;
    }

    public boolean below(int wantYear, int wantMonth) {
        return !atLeast(wantYear, wantMonth);
    }

    @Override
    public int compareTo(DpdkVersion o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return String.format("%d.%02d.%d", year, month, patch);
    }
}
