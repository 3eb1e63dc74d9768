package io.ovsguard.ovsdb.jsonrpc;

import io.ovsguard.ovsdb.error.RpcErrorException;
import java.util.Optional;

/**
 * Answers requests the server sends to the client, other than {@code echo}, which the endpoint
 * answers itself.
 *
 * <p>Called on the connection's event loop: return quickly.
 */
@FunctionalInterface
public interface ServerRequestHandler {

    /**
     * @return the result to send back, or empty if this handler does not implement {@code method}
     *     (the endpoint then replies {@code "unknown method"})
     * @throws RpcErrorException to reply with that error instead
     */
    Optional<Payload> handle(String method, Payload params);
}
