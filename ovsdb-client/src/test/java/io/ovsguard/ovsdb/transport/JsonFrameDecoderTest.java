package io.ovsguard.ovsdb.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.ovsguard.ovsdb.error.FrameTooLongException;
import io.ovsguard.ovsdb.error.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonFrameDecoderTest {

    private static final int LIMIT = 1024;

    private final EmbeddedChannel channel = new EmbeddedChannel(new JsonFrameDecoder(LIMIT));

    @Test
    void emitsOneCompleteObject() {
        write("{\"id\":1,\"result\":[],\"error\":null}");

        assertThat(frames()).containsExactly("{\"id\":1,\"result\":[],\"error\":null}");
    }

    @Test
    void emitsManyMessagesFromOneRead() {
        write("{\"a\":1}{\"b\":[2]}[3,{\"c\":4}]");

        assertThat(frames()).containsExactly("{\"a\":1}", "{\"b\":[2]}", "[3,{\"c\":4}]");
    }

    @Test
    void reassemblesAMessageSplitAcrossEveryByte() {
        String message = "{\"method\":\"update\",\"params\":[null,{\"Bridge\":{\"x\":{\"new\":{\"name\":\"br}0\"}}}}],\"id\":null}";
        for (byte b : message.getBytes(StandardCharsets.UTF_8)) {
            channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }

        assertThat(frames()).containsExactly(message);
    }

    @Test
    void emitsTheCompletedPrefixAndKeepsTheRestOfAReadForLater() {
        write("{\"a\":1}{\"b\":");
        assertThat(frames()).containsExactly("{\"a\":1}");

        write("2}");
        assertThat(frames()).containsExactly("{\"b\":2}");
    }

    @Test
    void skipsWhitespaceBetweenAndBeforeMessages() {
        write(" \n\t{\"a\":1}\r\n  [2]\n");

        assertThat(frames()).containsExactly("{\"a\":1}", "[2]");
    }

    @Test
    void keepsPrettyPrintedWhitespaceInsideAMessage() {
        write("{\n  \"a\" : [ 1,\n 2 ]\n}");

        assertThat(frames()).containsExactly("{\n  \"a\" : [ 1,\n 2 ]\n}");
    }

    @Test
    void treatsAnEscapedBackslashAtTheEndOfAStringAsClosingIt() {
        write("{\"a\":\"x\\\\\"}{\"b\":1}");

        assertThat(frames()).containsExactly("{\"a\":\"x\\\\\"}", "{\"b\":1}");
    }

    @Test
    void treatsAnEscapedQuoteAsPartOfTheString() {
        write("{\"a\":\"say \\\"}\\\" twice\"}");

        assertThat(frames()).containsExactly("{\"a\":\"say \\\"}\\\" twice\"}");
    }

    @Test
    void ignoresBracesAndBracketsInsideStrings() {
        write("{\"a\":\"}]{[\"}[\"]\"]");

        assertThat(frames()).containsExactly("{\"a\":\"}]{[\"}", "[\"]\"]");
    }

    @Test
    void handlesAnEscapeSplitBetweenReads() {
        write("{\"a\":\"x\\");
        write("\"y\"}");

        assertThat(frames()).containsExactly("{\"a\":\"x\\\"y\"}");
    }

    @Test
    void decodesMultiByteUtf8SplitBetweenReads() {
        byte[] bytes = "{\"name\":\"br-\u00e9\u4e2d\uD83D\uDE00\"}".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += 3) {
            channel.writeInbound(Unpooled.wrappedBuffer(bytes, i, Math.min(3, bytes.length - i)));
        }

        assertThat(frames()).containsExactly("{\"name\":\"br-\u00e9\u4e2d\uD83D\uDE00\"}");
    }

    @Test
    void rejectsInvalidUtf8AndClosesTheChannel() {
        ByteBuf bad = Unpooled.wrappedBuffer(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, (byte) 0x28, '"', '}'});

        assertThatThrownBy(() -> channel.writeInbound(bad))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("not valid UTF-8");
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void acceptsAMessageOfExactlyTheLimit() {
        String message = "[\"" + "x".repeat(LIMIT - 4) + "\"]";
        write(message);

        assertThat(frames()).containsExactly(message);
    }

    @Test
    void rejectsFrameLongerThanLimitAndClosesTheChannel() {
        String message = "[\"" + "x".repeat(LIMIT - 3) + "\"]";

        assertThatThrownBy(() -> write(message))
                .isInstanceOf(FrameTooLongException.class)
                .hasMessageContaining("1024 bytes");
        assertThat(channel.isOpen()).isFalse();
        assertThat(channel.inboundMessages()).isEmpty();
    }

    @Test
    void rejectsAnOversizedFrameBeforeItEnds() {
        write("{\"a\":\"" + "x".repeat(LIMIT / 2));

        assertThatThrownBy(() -> write("x".repeat(LIMIT)))
                .isInstanceOf(FrameTooLongException.class);
        assertThat(channel.isOpen()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"string\"", "42", "true", "null", "}", "]", "x{}"})
    void rejectsATopLevelTextThatIsNotAnObjectOrArray(String text) {
        assertThatThrownBy(() -> write(text))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("must start with '{' or '['")
                .hasMessageContaining("byte 0 of the stream");
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void namesTheOffsetOfABadByteAfterEarlierMessages() {
        assertThatThrownBy(() -> write("{\"a\":1}  x"))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("byte 9 of the stream is 'x'");
        assertThat(frames()).containsExactly("{\"a\":1}");
    }

    @Test
    void discardsTheRestOfTheReadAfterAFramingError() {
        ByteBuf input = Unpooled.copiedBuffer("!{\"a\":1}", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> channel.writeInbound(input)).isInstanceOf(ProtocolException.class);

        assertThat(channel.inboundMessages()).isEmpty();
        assertThat(input.refCnt()).isZero();
    }

    @Test
    void reportsAConnectionClosedInTheMiddleOfAMessage() {
        write("{\"id\":1,\"res");

        assertThatThrownBy(channel::finish)
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("closed in the middle of a JSON-RPC message after 12 bytes");
    }

    @Test
    void closesQuietlyBetweenMessages() {
        write("{\"a\":1}\n");

        assertThat(channel.finish()).isTrue();
        assertThat(frames()).containsExactly("{\"a\":1}");
    }

    @Test
    void releasesEveryReadAtOnceEvenWhileAMessageIsIncomplete() {
        ByteBuf first = Unpooled.copiedBuffer("{\"id\":1,", StandardCharsets.UTF_8);
        ByteBuf second = Unpooled.copiedBuffer("\"result\":[]}{\"id\"", StandardCharsets.UTF_8);

        channel.writeInbound(first);
        channel.writeInbound(second);

        assertThat(first.refCnt()).isZero();
        assertThat(second.refCnt()).isZero();
        assertThat(frames()).containsExactly("{\"id\":1,\"result\":[]}");
    }

    @Test
    void reassemblesALargeMessageFromDirectBuffersAndThenShrinksItsBuffer() {
        JsonFrameDecoder decoder = new JsonFrameDecoder(4 * JsonFrameDecoder.KEPT_TEXT_BYTES);
        EmbeddedChannel large = new EmbeddedChannel(decoder);
        String message = "{\"id\":7,\"result\":[\"" + "x".repeat(2 * JsonFrameDecoder.KEPT_TEXT_BYTES) + "\"]}";
        byte[] bytes = ("  " + message + "[1]").getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at < bytes.length; at += 50_000) {
            int n = Math.min(50_000, bytes.length - at);
            ByteBuf read = Unpooled.directBuffer(n).writeBytes(bytes, at, n);
            large.writeInbound(read);
            assertThat(read.refCnt()).isZero();
        }

        assertThat((String) large.readInbound()).isEqualTo(message);
        assertThat((String) large.readInbound()).isEqualTo("[1]");
        assertThat(decoder.gatheringCapacity()).isLessThanOrEqualTo(JsonFrameDecoder.KEPT_TEXT_BYTES);
    }

    private void write(String text) {
        channel.writeInbound(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8));
    }

    private List<String> frames() {
        List<String> frames = new ArrayList<>();
        Object frame;
        while ((frame = channel.readInbound()) != null) {
            frames.add((String) frame);
        }
        return frames;
    }
}
