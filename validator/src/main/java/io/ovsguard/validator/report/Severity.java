package io.ovsguard.validator.report;

/** How much a finding matters. Only {@link #ERROR} blocks a change. */
public enum Severity {
    /** The change will fail (or the switch is already broken); blocks the commit. */
    ERROR,
    /** It will work, but not as well as intended (cross-NUMA polling, few mbufs, unknown node). */
    WARNING,
    /** Context worth knowing (pool halved, restart needed). */
    INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
