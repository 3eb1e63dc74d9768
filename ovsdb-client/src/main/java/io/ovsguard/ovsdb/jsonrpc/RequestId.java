package io.ovsguard.ovsdb.jsonrpc;

import java.util.Objects;

/**
 * The {@code id} of a JSON-RPC 1.0 request, kept as its canonical JSON text.
 *
 * <p>Our own requests use integers; the server's requests (such as its {@code echo}) may use any
 * JSON value, which must be sent back unchanged, so the id is kept as text rather than a number.
 */
public record RequestId(String json) {

    public RequestId {
        Objects.requireNonNull(json, "json");
        if (json.isEmpty()) {
            throw new IllegalArgumentException("empty request id");
        }
    }

    public static RequestId of(long number) {
        return new RequestId(Long.toString(number));
    }

    /*
     * equals and hashCode are written out: a record's generated ones are bootstrapped through
     * ObjectMethods on first use, which spins about ten method-handle classes at run time (a class
     * archive does not hold them) and has C1 compile the class-file generator; every pending call
     * is looked up by its id, so a client pays that at its first reply.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof RequestId id && id.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return json;
    }
}
