package io.ovsguard.ovsdb.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class JsonTextScannerTest {

    /** What happened while feeding a stream: the stream offsets where texts ended, then the error if any. */
    private record Outcome(List<Long> ends, String error, long offset) {
    }

    private static Outcome byteByByte(byte[] stream, int limit) {
        JsonTextScanner scanner = new JsonTextScanner(limit);
        List<Long> ends = new ArrayList<>();
        try {
            for (byte b : stream) {
                if (scanner.accept(b) == JsonTextScanner.Step.END) {
                    ends.add(scanner.offset());
                }
            }
        } catch (RuntimeException e) {
            return new Outcome(ends, e.getClass().getSimpleName() + ": " + e.getMessage(), scanner.offset());
        }
        return new Outcome(ends, "", scanner.offset());
    }

    private static Outcome inChunks(byte[] stream, int limit, int chunk) {
        JsonTextScanner scanner = new JsonTextScanner(limit);
        List<Long> ends = new ArrayList<>();
        try {
            for (int start = 0; start < stream.length; start += chunk) {
                int to = Math.min(stream.length, start + chunk);
                int from = start;
                int end;
                while (from < to && (end = scanner.scan(stream, from, to)) >= 0) {
                    ends.add(scanner.offset());
                    from = end;
                }
            }
        } catch (RuntimeException e) {
            return new Outcome(ends, e.getClass().getSimpleName() + ": " + e.getMessage(), scanner.offset());
        }
        return new Outcome(ends, "", scanner.offset());
    }

    @Provide
    Arbitrary<byte[]> streams() {
        // mostly the bytes that matter to framing, some others, and sometimes a bad first byte
        return Arbitraries.of((byte) '{', (byte) '}', (byte) '[', (byte) ']', (byte) '"', (byte) '\\', (byte) ' ',
                (byte) 'a', (byte) ',', (byte) 0xc3, (byte) 0xa9, (byte) '\n').array(byte[].class).ofMaxSize(300);
    }

    @Property(tries = 3000)
    void scanningARangeFindsWhatByteByByteFinds(@ForAll("streams") byte[] stream, @ForAll @IntRange(min = 2, max = 40) int limit,
            @ForAll @IntRange(min = 1, max = 50) int chunk) {
        assertThat(inChunks(stream, limit, chunk)).isEqualTo(byteByByte(stream, limit));
    }
}
