package io.ovsguard.ovsdb.jsonrpc;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderException;
import io.ovsguard.ovsdb.error.ConnectionException;
import io.ovsguard.ovsdb.error.ConnectionLostException;
import io.ovsguard.ovsdb.error.OvsdbException;
import java.io.IOException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a connection's pipeline: feeds complete JSON texts to the
 * {@link RpcEndpoint}, closes the connection on the first error, and tells the endpoint when the
 * connection is gone.
 */
public final class RpcEndpointHandler extends SimpleChannelInboundHandler<String> {

    private static final Logger log = LoggerFactory.getLogger(RpcEndpointHandler.class);

    private final RpcEndpoint endpoint;

    public RpcEndpointHandler(RpcEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String frame) {
        endpoint.receive(frame);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        OvsdbException error = classify(cause);
        if (endpoint.failure().isEmpty()) {
            log.debug("{} closing the connection: {}", endpoint.label(), error.getMessage());
        }
        endpoint.recordFailure(error);
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        log.debug("{} disconnected", endpoint.label());
        endpoint.connectionClosed();
        ctx.fireChannelInactive();
    }

    @Override
    public void channelUnregistered(ChannelHandlerContext ctx) {
        // Also covers a channel that closed before it ever became active.
        endpoint.connectionClosed();
        ctx.fireChannelUnregistered();
    }

    private OvsdbException classify(Throwable cause) {
        Throwable root = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        if (root instanceof OvsdbException ovsdb) {
            return ovsdb;
        }
        String peer = endpoint.label().peer();
        if (root instanceof SSLException) {
            return new ConnectionException("TLS with " + peer + " failed: " + root.getMessage(), root);
        }
        if (root instanceof IOException) {
            return new ConnectionLostException("I/O error on the connection to " + peer + ": " + root.getMessage(), root);
        }
        return new ConnectionLostException("unexpected error on the connection to " + peer + ": " + root, root);
    }
}
