package io.ovsguard.ovsdb.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.codec.GsonMessageCodec;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage;
import io.ovsguard.ovsdb.transport.JsonTextScanner;
import io.ovsguard.ovsdb.transport.StrictUtf8;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;

/**
 * Feeds generated and mutated byte streams, cut into reads at random points, through the frame
 * scanner and the message codec, as the Netty decoder and endpoint do.
 *
 * <p>Run with {@code mvn -pl ovsdb-client test -Pfuzz}; the number of tries per property comes from
 * {@code -Dfuzz.tries} (1,000,000 in the profile). See ovsdb-client/FUZZING.md.
 */
class FrameDecoderFuzz {

    private static final int LIMIT = 2048;
    private static final GsonMessageCodec CODEC = new GsonMessageCodec();

    /** Whatever the input, only ProtocolException (or a subclass) escapes, and nothing buffers past the limit. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    void onlyProtocolExceptionsEscapeAndBufferingStaysWithinTheLimit(@ForAll("anyStream") byte[] stream,
            @ForAll("cutPoints") List<Integer> cuts) {
        Feed feed = new Feed();
        try {
            for (byte[] read : split(stream, cuts)) {
                feed.read(read);
            }
        } catch (ProtocolException expected) {
            // The connection would be closed; that is the correct outcome for bad input.
        }
        assertThat(feed.maxBuffered).isLessThanOrEqualTo(LIMIT);
    }

    /** Valid messages come out exactly as they went in, however the stream is cut. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    void validMessagesSurviveAnySplit(@ForAll("validMessages") List<String> messages,
            @ForAll("whitespace") String separator, @ForAll("cutPoints") List<Integer> cuts) {
        byte[] stream = String.join(separator, messages).getBytes(StandardCharsets.UTF_8);
        Feed feed = new Feed();

        for (byte[] read : split(stream, cuts)) {
            feed.read(read);
        }

        assertThat(feed.texts).containsExactlyElementsOf(messages);
        assertThat(feed.decoded).hasSize(messages.size());
    }

    @Provide
    Arbitrary<byte[]> anyStream() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, validStream()),
                Tuple.of(4, validStream().flatMap(FrameDecoderFuzz::mutated)),
                Tuple.of(1, deepNesting()),
                Tuple.of(1, hugeString()),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(LIMIT * 2)));
    }

    @Provide
    Arbitrary<List<String>> validMessages() {
        return message().list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> whitespace() {
        return Arbitraries.strings().withChars(" \n\r\t").ofMaxLength(3);
    }

    @Provide
    Arbitrary<List<Integer>> cutPoints() {
        return Arbitraries.integers().between(1, 64).list().ofMaxSize(40);
    }

    private Arbitrary<byte[]> validStream() {
        return Combinators.combine(validMessages(), whitespace())
                .as((messages, separator) -> String.join(separator, messages).getBytes(StandardCharsets.UTF_8));
    }

    /** JSON-RPC messages whose strings stress the scanner: quotes, backslashes, brackets, non-ASCII. */
    private static Arbitrary<String> message() {
        Arbitrary<String> text = Arbitraries.strings()
                .withChars("ab{}[]\"\\/ \u00e9\u4e2d")
                .withCharRange('\u0000', '\u007f')
                .ofMaxLength(40)
                .map(FrameDecoderFuzz::jsonString);
        Arbitrary<String> value = Arbitraries.oneOf(text, Arbitraries.longs().map(Object::toString),
                Arbitraries.of("true", "false", "null", "[]", "{}", "1.5e3"));
        Arbitrary<String> params = value.list().ofMaxSize(4).map(values -> "[" + String.join(",", values) + "]");
        Arbitrary<Long> id = Arbitraries.longs().between(0, Long.MAX_VALUE);
        return Arbitraries.oneOf(
                Combinators.combine(id, text, params).as((i, m, p) -> "{\"id\":" + i + ",\"method\":" + m + ",\"params\":" + p + "}"),
                Combinators.combine(text, params).as((m, p) -> "{\"id\":null,\"method\":" + m + ",\"params\":" + p + "}"),
                Combinators.combine(id, params).as((i, p) -> "{\"id\":" + i + ",\"result\":" + p + ",\"error\":null}"),
                Combinators.combine(id, text).as((i, e) -> "{\"id\":" + i + ",\"result\":null,\"error\":{\"error\":" + e + "}}"));
    }

    private static Arbitrary<byte[]> mutated(byte[] original) {
        if (original.length == 0) {
            return Arbitraries.just(original);
        }
        Arbitrary<Integer> position = Arbitraries.integers().between(0, original.length - 1);
        Arbitrary<byte[]> flipped = Combinators.combine(position, Arbitraries.bytes()).as((at, b) -> {
            byte[] copy = original.clone();
            copy[at] = b;
            return copy;
        });
        Arbitrary<byte[]> truncated = position.map(at -> java.util.Arrays.copyOf(original, at));
        Arbitrary<byte[]> inserted = Combinators.combine(position, Arbitraries.of((byte) '"', (byte) '\\', (byte) '{',
                (byte) '}', (byte) '[', (byte) ']', (byte) 0xff, (byte) 0xc3)).as((at, b) -> {
                    byte[] copy = new byte[original.length + 1];
                    System.arraycopy(original, 0, copy, 0, at);
                    copy[at] = b;
                    System.arraycopy(original, at, copy, at + 1, original.length - at);
                    return copy;
                });
        return Arbitraries.oneOf(flipped, truncated, inserted);
    }

    private static Arbitrary<byte[]> deepNesting() {
        return Arbitraries.integers().between(1, LIMIT * 2).map(depth -> {
            String open = "[".repeat(depth);
            return ("{\"id\":1,\"result\":" + open + "]".repeat(depth) + ",\"error\":null}").getBytes(StandardCharsets.UTF_8);
        });
    }

    private static Arbitrary<byte[]> hugeString() {
        return Arbitraries.integers().between(LIMIT - 64, LIMIT * 4).map(length ->
                ("{\"id\":1,\"result\":[\"" + "x".repeat(length) + "\"],\"error\":null}").getBytes(StandardCharsets.UTF_8));
    }

    private static String jsonString(String raw) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : raw.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static List<byte[]> split(byte[] stream, List<Integer> cuts) {
        List<byte[]> reads = new ArrayList<>();
        int at = 0;
        for (int length : cuts) {
            if (at >= stream.length) {
                break;
            }
            int end = Math.min(stream.length, at + length);
            reads.add(java.util.Arrays.copyOfRange(stream, at, end));
            at = end;
        }
        if (at < stream.length) {
            reads.add(java.util.Arrays.copyOfRange(stream, at, stream.length));
        }
        return reads;
    }

    /** What JsonFrameDecoder does with its cumulation buffer, without Netty. */
    private static final class Feed {
        private final JsonTextScanner scanner = new JsonTextScanner(LIMIT);
        private final StrictUtf8 utf8 = new StrictUtf8();
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();
        private final List<String> texts = new ArrayList<>();
        private final List<JsonRpcMessage> decoded = new ArrayList<>();
        private int maxBuffered;

        void read(byte[] bytes) {
            for (byte b : bytes) {
                JsonTextScanner.Step step = scanner.accept(b);
                if (step == JsonTextScanner.Step.SKIP) {
                    continue;
                }
                current.write(b);
                maxBuffered = Math.max(maxBuffered, current.size());
                if (step == JsonTextScanner.Step.END) {
                    String text = utf8.decode(ByteBuffer.wrap(current.toByteArray()), scanner.offset() - current.size());
                    current.reset();
                    texts.add(text);
                    decoded.add(CODEC.decode(text));
                }
            }
        }
    }
}
