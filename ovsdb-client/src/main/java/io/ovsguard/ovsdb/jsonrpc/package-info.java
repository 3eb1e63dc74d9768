/**
 * JSON-RPC 1.0 as OVSDB uses it (RFC 7047 section 4): message values, the {@link
 * io.ovsguard.ovsdb.jsonrpc.MessageCodec} contract, and {@link io.ovsguard.ovsdb.jsonrpc.RpcEndpoint},
 * which matches responses to calls by id, expires unanswered calls, answers the server's echo and
 * routes notifications. Free of any JSON library; Netty appears only for the channel it writes to.
 */
package io.ovsguard.ovsdb.jsonrpc;
