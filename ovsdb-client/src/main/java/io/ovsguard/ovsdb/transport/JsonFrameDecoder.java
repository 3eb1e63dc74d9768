package io.ovsguard.ovsdb.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.ovsguard.ovsdb.error.ProtocolException;
import java.util.List;

/**
 * Cuts the inbound byte stream into complete top-level JSON texts and emits each as a
 * {@link String}.
 *
 * <p>The bytes of a partial text stay in the cumulation buffer, but the {@link JsonTextScanner}
 * remembers how far it got, so each byte is scanned once however many reads a text spans. On a
 * framing error (bad first byte, text over the limit, invalid UTF-8, connection closed mid-text)
 * the decoder fires a {@link ProtocolException}, closes the channel and discards all further input.
 */
public final class JsonFrameDecoder extends ByteToMessageDecoder {

    private final JsonTextScanner scanner;
    private final StrictUtf8 utf8 = new StrictUtf8();
    /** Where bytes of a direct buffer are copied to be scanned in a tight loop. */
    private final byte[] scratch = new byte[8192];
    /** Bytes after the reader index that belong to the current text and were already scanned. */
    private int scannedAhead;
    private boolean failed;

    public JsonFrameDecoder(int maxMessageBytes) {
        this.scanner = new JsonTextScanner(maxMessageBytes);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            decodeTexts(in, out);
        } catch (ProtocolException e) {
            fail(ctx, in, e);
        }
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        decode(ctx, in, out);
        if (!failed && scanner.inText()) {
            fail(ctx, in, new ProtocolException("connection closed in the middle of a JSON-RPC message after "
                    + scanner.currentTextBytes() + " bytes"));
        }
    }

    private void decodeTexts(ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            if (!scanner.inText()) {
                // Between texts: drop whitespace, or start the next text with this byte.
                if (scanner.accept(in.getByte(in.readerIndex())) == JsonTextScanner.Step.SKIP) {
                    in.skipBytes(1);
                    continue;
                }
                scannedAhead = 1;
            }
            int from = in.readerIndex() + scannedAhead;
            int end = scanUntilTextEnds(in, from, in.writerIndex());
            if (end < 0) {
                scannedAhead = in.readableBytes();
                return;
            }
            int length = end - in.readerIndex();
            long textOffset = scanner.offset() - length;
            out.add(utf8.decode(in.nioBuffer(in.readerIndex(), length), textOffset));
            in.skipBytes(length);
            scannedAhead = 0;
        }
    }

    /** Scans {@code in[from, to)}; the index just after the byte that ends a text, or -1. */
    private int scanUntilTextEnds(ByteBuf in, int from, int to) {
        if (in.hasArray()) {
            int base = in.arrayOffset();
            int end = scanner.scan(in.array(), base + from, base + to);
            return end < 0 ? -1 : end - base;
        }
        for (int at = from; at < to; at += scratch.length) {
            int n = Math.min(scratch.length, to - at);
            in.getBytes(at, scratch, 0, n);
            int end = scanner.scan(scratch, 0, n);
            if (end >= 0) {
                return at + end;
            }
        }
        return -1;
    }

    private void fail(ChannelHandlerContext ctx, ByteBuf in, ProtocolException cause) {
        failed = true;
        in.skipBytes(in.readableBytes());
        ctx.fireExceptionCaught(cause);
        ctx.close();
    }
}
