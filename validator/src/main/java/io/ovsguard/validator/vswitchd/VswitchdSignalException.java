package io.ovsguard.validator.vswitchd;

/** A signal of ovs-vswitchd (log, unixctl) could not be read at all. */
public class VswitchdSignalException extends RuntimeException {

    public VswitchdSignalException(String message) {
        super(message);
    }

    public VswitchdSignalException(String message, Throwable cause) {
        super(message, cause);
    }
}
