package io.ovsguard.ovsdb.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.error.ConnectionLostException;
import io.ovsguard.ovsdb.error.FrameTooLongException;
import io.ovsguard.ovsdb.error.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameReaderTest {

    @Test
    void returnsEachJsonTextOfAStreamWhateverTheReadBoundaries() throws Exception {
        FrameReader reader = new FrameReader(chunks("{\"id\":1,\"res", "ult\":[\"a}\"]}  \n[1,", "2]{}"), 1024);

        assertThat(List.of(reader.next(), reader.next(), reader.next()))
                .containsExactly("{\"id\":1,\"result\":[\"a}\"]}", "[1,2]", "{}");
    }

    @Test
    void cutsTheSameTextsWhereverTwoHundredRandomReadsSplitTheStream() throws Exception {
        List<String> texts = List.of("{\"id\":0,\"result\":{\"a\":\"}]{[\\\"\\\\\"}}", "[]",
                "{\"method\":\"update\",\"params\":[null,{\"T\":{\"x\":[\"set\",[]]}}],\"id\":null}",
                "[[[{}]],{\"k\":\"\\u007b\"}]", "{\"s\":\"" + "v".repeat(5000) + "\"}");
        String stream = " " + String.join("\n\t ", texts) + "\r\n";
        Random random = new Random(7047);
        for (int round = 0; round < 200; round++) {
            List<String> parts = new ArrayList<>();
            int at = 0;
            while (at < stream.length()) {
                int next = Math.min(stream.length(), at + 1 + random.nextInt(round % 2 == 0 ? 8 : 3000));
                parts.add(stream.substring(at, next));
                at = next;
            }
            FrameReader reader = new FrameReader(chunks(parts.toArray(String[]::new)), 1 << 20);
            List<String> read = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                read.add(reader.next());
            }
            assertThat(read).as("round %d, %d reads", round, parts.size()).isEqualTo(texts);
            assertThatThrownBy(reader::next).isInstanceOf(ConnectionLostException.class);
        }
    }

    @Test
    void decodesMultiByteUtf8SplitAcrossReads() throws Exception {
        byte[] text = "{\"name\":\"br\u00fc\u20ac\"}".getBytes(StandardCharsets.UTF_8);
        int middle = text.length - 5;
        FrameReader reader = new FrameReader(chunks(new String(text, 0, middle, StandardCharsets.ISO_8859_1),
                new String(text, middle, text.length - middle, StandardCharsets.ISO_8859_1)), 1024);

        assertThat(reader.next()).isEqualTo("{\"name\":\"br\u00fc\u20ac\"}");
    }

    @Test
    void reportsAConnectionLostWhenTheStreamEndsInsideAText() {
        FrameReader reader = new FrameReader(chunks("{\"id\":"), 1024);

        assertThatThrownBy(reader::next).isInstanceOf(ConnectionLostException.class)
                .hasMessageContaining("in the middle of a message");
    }

    @Test
    void reportsAConnectionLostWhenTheStreamEndsBetweenTexts() throws Exception {
        FrameReader reader = new FrameReader(chunks("{} "), 1024);
        reader.next();

        assertThatThrownBy(reader::next).isInstanceOf(ConnectionLostException.class)
                .hasMessage("the server closed the connection");
    }

    @Test
    void refusesATextLongerThanTheLimit() {
        FrameReader reader = new FrameReader(chunks("[\"0123456789\"]"), 8);

        assertThatThrownBy(reader::next).isInstanceOf(FrameTooLongException.class);
    }

    @Test
    void refusesATextThatIsNotAnObjectOrArray() {
        FrameReader reader = new FrameReader(chunks("42"), 1024);

        assertThatThrownBy(reader::next).isInstanceOf(ProtocolException.class);
    }

    @Test
    void refusesMalformedUtf8() {
        FrameReader reader = new FrameReader(chunks("[\"\u00ff\"]"), 1024);

        assertThatThrownBy(reader::next).isInstanceOf(ProtocolException.class).hasMessageContaining("UTF-8");
    }

    /** A channel that returns the given byte chunks (ISO-8859-1 strings, one byte per char) one read each. */
    private static ReadableByteChannel chunks(String... parts) {
        Deque<byte[]> queue = new ArrayDeque<>();
        for (String part : parts) {
            queue.add(part.getBytes(StandardCharsets.ISO_8859_1));
        }
        return new ReadableByteChannel() {
            @Override
            public int read(ByteBuffer destination) {
                byte[] next = queue.poll();
                if (next == null) {
                    return -1;
                }
                destination.put(next);
                return next.length;
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() {
                queue.clear();
            }
        };
    }
}
