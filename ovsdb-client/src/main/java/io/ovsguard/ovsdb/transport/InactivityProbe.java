package io.ovsguard.ovsdb.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import io.ovsguard.ovsdb.error.ConnectionLostException;
import io.ovsguard.ovsdb.jsonrpc.RpcEndpoint;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Detects a dead peer as OVS does: after one interval with nothing received it sends {@code echo};
 * if another interval passes with nothing received, it closes the connection. Anything received,
 * not only the echo reply, counts as a sign of life.
 *
 * <p>Sits after an {@link io.netty.handler.timeout.IdleStateHandler} that reports reader idleness
 * once per interval.
 */
final class InactivityProbe extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(InactivityProbe.class);

    private final RpcEndpoint endpoint;
    private final Duration interval;

    InactivityProbe(RpcEndpoint endpoint, Duration interval) {
        this.endpoint = endpoint;
        this.interval = interval;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (!(event instanceof IdleStateEvent idle)) {
            ctx.fireUserEventTriggered(event);
            return;
        }
        if (idle.isFirst()) {
            log.debug("{} nothing received for {} ms, sending an inactivity probe", endpoint.label(), interval.toMillis());
            // Any reply, or any other message, resets the idle timer; the call's own outcome does not matter.
            endpoint.call("echo", endpoint.codec().parsePayload("[]"), interval.multipliedBy(2))
                    .whenComplete((result, error) -> {
                        if (error != null) {
                            log.debug("{} inactivity probe ended without reply: {}", endpoint.label(), error.getMessage());
                        }
                    });
        } else {
            ctx.fireExceptionCaught(new ConnectionLostException("no reply to the inactivity probe from "
                    + endpoint.label().peer() + " within " + interval.toMillis() + " ms"));
        }
    }
}
