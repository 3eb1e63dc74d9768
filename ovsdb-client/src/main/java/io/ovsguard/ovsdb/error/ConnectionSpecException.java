package io.ovsguard.ovsdb.error;

/** A connection method string (such as {@code tcp:127.0.0.1:6640}) is malformed. */
public class ConnectionSpecException extends OvsdbException {

    public ConnectionSpecException(String message) {
        super(message);
    }
}
