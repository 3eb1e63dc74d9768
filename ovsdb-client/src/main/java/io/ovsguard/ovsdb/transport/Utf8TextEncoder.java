package io.ovsguard.ovsdb.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;

/**
 * Writes outbound JSON texts as UTF-8 straight into a buffer of their exact size, without the
 * intermediate char buffer and charset encoder of Netty's general string encoder.
 */
@Sharable
final class Utf8TextEncoder extends MessageToMessageEncoder<String> {

    static final Utf8TextEncoder INSTANCE = new Utf8TextEncoder();

    private Utf8TextEncoder() {
        super(String.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, String text, List<Object> out) {
        ByteBuf buffer = ctx.alloc().buffer(ByteBufUtil.utf8Bytes(text));
        ByteBufUtil.writeUtf8(buffer, text);
        out.add(buffer);
    }
}
