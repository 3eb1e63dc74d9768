package io.ovsguard.ovsdb.error;

/** Root of every error the OVSDB client raises. Unchecked, so futures and facades can carry it as is. */
public class OvsdbException extends RuntimeException {

    public OvsdbException(String message) {
        super(message);
    }

    public OvsdbException(String message, Throwable cause) {
        super(message, cause);
    }
}
