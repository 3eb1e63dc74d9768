package io.ovsguard.ovsdb.error;

/** A single JSON text from the peer grew past the configured maximum message size. */
public class FrameTooLongException extends ProtocolException {

    private final long limitBytes;

    public FrameTooLongException(long limitBytes) {
        super("JSON-RPC message exceeds the limit of " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
