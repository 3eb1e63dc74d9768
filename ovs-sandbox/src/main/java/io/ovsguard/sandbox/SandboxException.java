package io.ovsguard.sandbox;

/**
 * A sandbox could not be created, started, queried or torn down. Unchecked, like every error in ovsguard.
 *
 * <p>This module must stay usable by {@code ovsdb-client}'s tests, so it cannot root its errors in
 * {@code OvsdbException}; messages carry the failing command and, for daemons, the tail of their log.
 */
public class SandboxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SandboxException(String message) {
        super(message);
    }

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
