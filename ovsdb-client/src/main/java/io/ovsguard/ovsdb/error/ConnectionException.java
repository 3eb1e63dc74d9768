package io.ovsguard.ovsdb.error;

/** The client could not connect to, or accept a connection from, the remote it was given. */
public class ConnectionException extends OvsdbException {

    public ConnectionException(String message) {
        super(message);
    }

    public ConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
