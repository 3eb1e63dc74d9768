package io.ovsguard.ovsdb.error;

/**
 * A transaction was sent but its reply was lost (the connection dropped). It may or may not have
 * committed; it is never replayed. Check the database (for example with the rows it would have
 * written) to settle it.
 */
public class OutcomeUnknownException extends ConnectionLostException {

    public OutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
