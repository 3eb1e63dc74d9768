package io.ovsguard.ovsdb.error;

/**
 * The peer sent something that is not valid OVSDB JSON-RPC: malformed JSON, a frame over the size
 * limit, an unexpected message shape. The connection is closed when this is raised by the transport.
 */
public class ProtocolException extends OvsdbException {

    public ProtocolException(String message) {
        super(message);
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
