package io.ovsguard.ovsdb.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.ovsguard.ovsdb.error.ProtocolException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * Cuts the inbound byte stream into complete top-level JSON texts and emits each as a
 * {@link String}.
 *
 * <p>Every read is scanned once by a {@link JsonTextScanner} and released at once. A text that
 * ends in the read it started in is decoded where it lies; the bytes of a text that spans reads
 * are gathered in one array of the decoder's own, which doubles as needed. (Netty's
 * {@code ByteToMessageDecoder} kept partial reads in a cumulation buffer that it re-allocated and
 * copied as a large reply came in, and held on to the first read of every partial text.) After a
 * text larger than {@link #KEPT_TEXT_BYTES}, the array goes back to its first size, so one large
 * reply does not pin its size for the rest of the connection.
 *
 * <p>On a framing error (bad first byte, text over the limit, invalid UTF-8, connection closed
 * mid-text) the decoder fires a {@link ProtocolException}, closes the channel and discards all
 * further input.
 */
public final class JsonFrameDecoder extends ChannelInboundHandlerAdapter {

    private static final int FIRST_TEXT_BYTES = 4096;
    static final int KEPT_TEXT_BYTES = 256 * 1024;
    private static final int SCRATCH_BYTES = 8192;

    private final JsonTextScanner scanner;
    private final StrictUtf8 utf8 = new StrictUtf8();
    /** The bytes of the current text gathered from earlier reads. */
    private Gathering text = new Gathering();
    /** Where the bytes of a direct buffer are copied to be scanned in a tight loop; made on first use. */
    private byte[] scratch;
    private boolean failed;

    public JsonFrameDecoder(int maxMessageBytes) {
        this.scanner = new JsonTextScanner(maxMessageBytes);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf)) {
            ctx.fireChannelRead(msg);
            return;
        }
        ByteBuf in = (ByteBuf) msg;
        try {
            if (!failed) {
                decode(ctx, in);
            }
        } catch (ProtocolException e) {
            fail(ctx, e);
        } finally {
            in.release();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (!failed && scanner.inText()) {
            fail(ctx, new ProtocolException("connection closed in the middle of a JSON-RPC message after "
                    + scanner.currentTextBytes() + " bytes"));
        }
        ctx.fireChannelInactive();
    }

    /** The capacity of the array that gathers texts spanning reads (for tests). */
    int gatheringCapacity() {
        return text.capacity();
    }

    private void decode(ChannelHandlerContext ctx, ByteBuf in) {
        int from = in.readerIndex();
        int to = in.writerIndex();
        if (in.hasArray()) {
            int base = in.arrayOffset();
            decode(ctx, in.array(), base + from, base + to);
            return;
        }
        if (scratch == null) {
            scratch = new byte[SCRATCH_BYTES];
        }
        for (int at = from; at < to && !failed; at += scratch.length) {
            int n = Math.min(scratch.length, to - at);
            in.getBytes(at, scratch, 0, n);
            decode(ctx, scratch, 0, n);
        }
    }

    /** Scans {@code bytes[from, to)}, emitting every text that ends in it. */
    private void decode(ChannelHandlerContext ctx, byte[] bytes, int from, int to) {
        int at = from;
        while (at < to && !failed) {
            int start = at;
            if (!scanner.inText()) {
                // Between texts: drop whitespace, or start the next text with this byte.
                if (scanner.accept(bytes[at++]) == JsonTextScanner.Step.SKIP) {
                    continue;
                }
            }
            int end = scanner.scan(bytes, at, to);
            if (end < 0) {
                text.write(bytes, start, to - start);
                return;
            }
            String frame;
            if (text.size() == 0) {
                frame = utf8.decode(ByteBuffer.wrap(bytes, start, end - start), scanner.offset() - (end - start));
            } else {
                text.write(bytes, start, end - start);
                frame = utf8.decode(text.contents(), scanner.offset() - text.size());
                if (text.capacity() > KEPT_TEXT_BYTES) {
                    text = new Gathering();
                } else {
                    text.reset();
                }
            }
            at = end;
            ctx.fireChannelRead(frame);
        }
    }

    private void fail(ChannelHandlerContext ctx, ProtocolException cause) {
        failed = true;
        text.reset();
        ctx.fireExceptionCaught(cause);
        ctx.close();
    }

    /** The JDK's growing byte array, whose gathered bytes are decoded where they lie rather than copied out. */
    private static final class Gathering extends ByteArrayOutputStream {

        Gathering() {
            super(FIRST_TEXT_BYTES);
        }

        ByteBuffer contents() {
            return ByteBuffer.wrap(buf, 0, count);
        }

        int capacity() {
            return buf.length;
        }
    }
}
