package io.ovsguard.ovsdb.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.gson.JsonElement;
import io.ovsguard.ovsdb.codec.NotationCodec;
import io.ovsguard.ovsdb.codec.StrictJson;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.testing.OvsdbArbitraries;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Feeds generated and mutated JSON to {@link NotationCodec#decode} with arbitrary column types.
 * Only {@link ProtocolException} and {@link SchemaException} may come out; anything else, or a
 * single decode taking seconds, is a bug. Run with {@code -Pfuzz}; the number of cases is
 * {@code -Dovsguard.fuzz.tries} (default 1,000,000). jqwik draws the seed and reports it on failure.
 */
class NotationCodecFuzz {

    private static final long TRIES = Long.getLong("ovsguard.fuzz.tries", 1_000_000L);
    private static final long SLOW_CASE_NANOS = Duration.ofSeconds(2).toNanos();
    private static final int GEN_SIZE = 100;
    private static final long HANG_SECONDS = 30;

    @Property(tries = 1)
    void decoderRaisesOnlyTypedErrors(@ForAll long seed) throws InterruptedException {
        // decoding runs on its own thread so that a hang is caught by a deadline; generation must
        // stay on the jqwik thread
        ExecutorService decoder = Executors.newSingleThreadExecutor();
        try {
            run(seed, decoder);
        } finally {
            decoder.shutdownNow();
            decoder.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static void run(long seed, ExecutorService decoder) {
        Random random = new Random(seed);
        RandomGenerator<Tuple2<ColumnType, Datum>> values = OvsdbArbitraries.typedDatums().generator(GEN_SIZE);
        RandomGenerator<ColumnType> types = OvsdbArbitraries.columnTypes().generator(GEN_SIZE);
        JsonMutator mutator = new JsonMutator(random);
        long decoded = 0;
        for (long i = 0; i < TRIES; i++) {
            Tuple2<ColumnType, Datum> value = values.next(random).value();
            ColumnType type = switch3(random, value.get1(), types.next(random).value(), value.get1());
            type = constrain(type, random);
            String text = inputFor(random, mutator, value.get2());
            if (decodeWithDeadline(decoder, text, type, seed, i)) {
                decoded++;
            }
        }
        // the generator must not be so destructive that nothing ever decodes
        assertThat(decoded).as("cases that decoded").isPositive();
    }

    private static String inputFor(Random random, JsonMutator mutator, Datum datum) {
        int kind = random.nextInt(4);
        if (kind == 0) {
            return NotationCodec.encode(datum).toString();
        }
        if (kind == 1) {
            return mutator.randomJson().toString();
        }
        String base = kind == 2 ? NotationCodec.encode(datum).toString() : mutator.randomJson().toString();
        return mutator.mutate(base);
    }

    private static boolean decodeWithDeadline(ExecutorService decoder, String text, ColumnType type, long seed,
            long index) {
        Future<Boolean> outcome = decoder.submit(() -> decodeOne(text, type, seed, index));
        try {
            return outcome.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            return fail("seed " + seed + " case " + index + " hung for " + HANG_SECONDS + " s decoding "
                    + abbreviate(text) + " as " + type);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            return fail("seed " + seed + " case " + index + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted", e);
        }
    }

    /** Decodes one case; true if it decoded. Fails the run on any untyped error or a slow case. */
    private static boolean decodeOne(String text, ColumnType type, long seed, long index) {
        long start = System.nanoTime();
        try {
            JsonElement json = StrictJson.parse(text);
            Datum datum = NotationCodec.decode(json, type);
            // what decodes must validate and survive a round trip
            type.validate(datum);
            assertThat(NotationCodec.decode(NotationCodec.encode(datum), type)).isEqualTo(datum);
            return true;
        } catch (ProtocolException | SchemaException expected) {
            assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n");
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            fail("seed " + seed + " case " + index + ": " + e + " decoding " + abbreviate(text) + " as " + type, e);
            return false;
        } finally {
            long elapsed = System.nanoTime() - start;
            if (elapsed > SLOW_CASE_NANOS) {
                fail("seed " + seed + " case " + index + " took " + elapsed / 1_000_000 + " ms: " + abbreviate(text));
            }
        }
    }

    private static ColumnType switch3(Random random, ColumnType a, ColumnType b, ColumnType c) {
        int pick = random.nextInt(3);
        return pick == 0 ? a : pick == 1 ? b : c;
    }

    /** Adds constraints now and then, so that range, length and enum checks are fuzzed too. */
    private static ColumnType constrain(ColumnType type, Random random) {
        if (random.nextInt(3) != 0) {
            return type;
        }
        BaseType key = type.key();
        switch (key.type()) {
            case INTEGER:
                long low = random.nextInt(200) - 100;
                key = key.withIntegerRange(low, low + random.nextInt(1000));
                break;
            case REAL:
                key = key.withRealRange(-1.5, random.nextDouble() * 100);
                break;
            case STRING:
                key = random.nextBoolean() ? key.withLengthRange(1, 1 + random.nextInt(5))
                        : key.withEnum(OvsdbSet.ofStrings("a", "b", "\uD83D\uDE00"));
                break;
            default:
                return type;
        }
        return new ColumnType(key, type.value(), type.min(), type.max());
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

}
