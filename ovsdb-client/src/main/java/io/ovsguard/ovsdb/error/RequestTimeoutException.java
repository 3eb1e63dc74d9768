package io.ovsguard.ovsdb.error;

/** The server did not answer a call within its deadline. A real timeout, never a cancellation. */
public class RequestTimeoutException extends OvsdbException {

    public RequestTimeoutException(String message) {
        super(message);
    }
}
