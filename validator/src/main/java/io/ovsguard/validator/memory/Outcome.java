package io.ovsguard.validator.memory;

/** What a step does to the port, in the calibration's terms (calibration §1). */
public enum Outcome {
    /** The port is in the datapath with the requested MTU. */
    OK,
    /** error set, ofport -1. */
    FAIL,
    /** The row looks healthy (no error, ofport kept) but the change was not applied; OVS 3.1 dropped the port. */
    STALE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
