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

    @Override
    public String toString() {
        return json;
    }
}
