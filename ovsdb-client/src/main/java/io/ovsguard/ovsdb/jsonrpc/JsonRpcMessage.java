package io.ovsguard.ovsdb.jsonrpc;

import java.util.Objects;
import java.util.Optional;

/** One JSON-RPC 1.0 message as OVSDB uses it (RFC 7047 section 4). */
public sealed interface JsonRpcMessage
        permits JsonRpcMessage.Request, JsonRpcMessage.Response, JsonRpcMessage.Notification {

    /** A call that expects a response with the same id. {@code params} is a JSON array. */
    record Request(RequestId id, String method, Payload params) implements JsonRpcMessage {
        public Request {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(params, "params");
        }
    }

    /** A response: exactly one of {@code result} and {@code error} is present. */
    record Response(RequestId id, Optional<Payload> result, Optional<RpcError> error) implements JsonRpcMessage {
        public Response {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(error, "error");
            if (result.isPresent() == error.isPresent()) {
                throw new IllegalArgumentException("a response has exactly one of result and error");
            }
        }

        public static Response success(RequestId id, Payload result) {
            return new Response(id, Optional.of(result), Optional.empty());
        }

        public static Response failure(RequestId id, RpcError error) {
            return new Response(id, Optional.empty(), Optional.of(error));
        }
    }

    /** A request with a null id: no response is expected ({@code update}, {@code locked}, {@code cancel}, ...). */
    record Notification(String method, Payload params) implements JsonRpcMessage {
        public Notification {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(params, "params");
        }
    }
}
