package io.ovsguard.ovsdb.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.jsonrpc.ConnectionLabel;
import io.ovsguard.ovsdb.jsonrpc.InboundHandlers;
import io.ovsguard.ovsdb.jsonrpc.MessageCodec;
import io.ovsguard.ovsdb.jsonrpc.RpcEndpoint;
import io.ovsguard.ovsdb.jsonrpc.RpcEndpointHandler;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Installs the handlers of one OVSDB connection, in order: TLS (for ssl/pssl), flush
 * consolidation, the JSON frame decoder, the UTF-8 text encoder, the inactivity probe (if enabled)
 * and the endpoint handler.
 *
 * <p>The endpoint flushes every message it writes; the consolidation handler turns the flushes of
 * one event-loop turn (a burst of pipelined requests, the replies to one read) into one socket
 * write, and one TLS record batch, while a lone request still leaves at once.
 */
final class ConnectionPipeline {

    private ConnectionPipeline() {
    }

    static RpcConnection install(Channel channel, ConnectionLabel label, ConnectionSpec remote, Optional<SslContext> tls,
            ClientOptions options, MessageCodec codec, InboundHandlers handlers) {
        ChannelPipeline pipeline = channel.pipeline();
        tls.ifPresent(context -> {
            SslHandler ssl = context.newHandler(channel.alloc());
            ssl.setHandshakeTimeoutMillis(options.connectTimeout().toMillis());
            pipeline.addLast("tls", ssl);
        });
        pipeline.addLast("flush", new FlushConsolidationHandler(
                FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true));
        RpcEndpoint endpoint = new RpcEndpoint(channel, codec, options.requestTimeout(), handlers, label);
        pipeline.addLast("frames", new JsonFrameDecoder(options.maxMessageBytes()));
        pipeline.addLast("text", Utf8TextEncoder.INSTANCE);
        if (options.probesInactivity()) {
            long millis = options.inactivityProbe().toMillis();
            pipeline.addLast("idle", new IdleStateHandler(millis, 0, 0, TimeUnit.MILLISECONDS));
            pipeline.addLast("probe", new InactivityProbe(endpoint, options.inactivityProbe()));
        }
        pipeline.addLast("rpc", new RpcEndpointHandler(endpoint));
        return new RpcConnection(channel, endpoint, remote);
    }

    /** The TLS handler of a channel set up by {@link #install}, if it has one. */
    static Optional<SslHandler> tlsHandler(Channel channel) {
        return Optional.ofNullable(channel.pipeline().get(SslHandler.class));
    }
}
