package io.ovsguard.ovsdb.error;

/** The connection dropped while a call was pending; the call's outcome on the server is not known. */
public class ConnectionLostException extends ConnectionException {

    public ConnectionLostException(String message) {
        super(message);
    }

    public ConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
