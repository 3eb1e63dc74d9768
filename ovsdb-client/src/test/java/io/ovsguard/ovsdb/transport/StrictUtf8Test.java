package io.ovsguard.ovsdb.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.error.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

    private final StrictUtf8 utf8 = new StrictUtf8();

    @Test
    void decodesAsciiAndMultiByteText() {
        String text = "{\"name\":\"caf\u00e9 \u4e2d \ud83d\ude00\"}";

        assertThat(utf8.decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0)).isEqualTo(text);
    }

    @Test
    void keepsAReplacementCharacterThePeerReallySent() {
        String text = "\"\uFFFD\"";

        assertThat(utf8.decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0)).isEqualTo(text);
    }

    @Test
    void rejectsMalformedBytesInsteadOfReplacingThem() {
        byte[] bytes = {'"', 'a', (byte) 0xC3, '"'};

        assertThatThrownBy(() -> utf8.decode(ByteBuffer.wrap(bytes), 42))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("stream offset 42")
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void rejectsAnEncodedSurrogateNextToARealReplacementCharacter() {
        byte[] replacement = "\uFFFD".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = {replacement[0], replacement[1], replacement[2], (byte) 0xED, (byte) 0xA0, (byte) 0x80};

        assertThatThrownBy(() -> utf8.decode(ByteBuffer.wrap(bytes), 0)).isInstanceOf(ProtocolException.class);
    }

    @Test
    void decodesOnlyTheRemainingBytesOfAHeapSliceAndConsumesThem() {
        byte[] stream = "xx{\"a\":\"caf\u00e9\"}yy".getBytes(StandardCharsets.UTF_8);
        ByteBuffer slice = ByteBuffer.wrap(stream, 1, stream.length - 2).slice();
        slice.position(1).limit(slice.limit() - 1);

        assertThat(utf8.decode(slice, 0)).isEqualTo("{\"a\":\"caf\u00e9\"}");
        assertThat(slice.hasRemaining()).isFalse();
    }

    @Test
    void decodesADirectBufferAsAHeapOne() {
        byte[] text = "[\"\u4e2d\",1]".getBytes(StandardCharsets.UTF_8);
        ByteBuffer direct = ByteBuffer.allocateDirect(text.length).put(text).flip();

        assertThat(utf8.decode(direct, 0)).isEqualTo("[\"\u4e2d\",1]");
        assertThat(direct.hasRemaining()).isFalse();
    }

    @Test
    void rejectsMalformedBytesInsideAHeapSlice() {
        byte[] stream = {'"', 'a', '"', '"', (byte) 0xC3, '"', 'b'};
        ByteBuffer frame = ByteBuffer.wrap(stream, 3, 3);

        assertThatThrownBy(() -> utf8.decode(frame, 3)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("stream offset 3");
    }
}
