package io.ovsguard.ovsdb.transport;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes outbound JSON texts as UTF-8, with the JDK's own (intrinsic) encoding into an array that
 * is then wrapped, not copied: faster than a charset encoder or a char-by-char loop, above all in a
 * short-lived process whose code has not been compiled yet. Lone surrogates become '?', as in both.
 */
@Sharable
final class Utf8TextEncoder extends MessageToMessageEncoder<String> {

    static final Utf8TextEncoder INSTANCE = new Utf8TextEncoder();

    private Utf8TextEncoder() {
        super(String.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, String text, List<Object> out) {
        out.add(Unpooled.wrappedBuffer(text.getBytes(StandardCharsets.UTF_8)));
    }
}
