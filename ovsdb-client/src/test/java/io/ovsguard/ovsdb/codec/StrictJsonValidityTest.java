package io.ovsguard.ovsdb.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.testing.OvsdbArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The parser's checking mode (nothing built) accepts exactly what its building mode accepts. */
class StrictJsonValidityTest {

    private static boolean parses(String text) {
        try {
            StrictJsonParser.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<String> jsonTexts() {
        Arbitrary<String> valid = OvsdbArbitraries.typedDatums()
                .map(t -> "{\"id\":null,\"a\":" + NotationCodec.encode(t.get2()) + ",\"n\":[-0.5e+3,10,true,null]}");
        // one character inserted, replaced or removed, from the characters that matter to JSON
        Arbitrary<Character> chars = Arbitraries.of('{', '}', '[', ']', '"', ',', ':', '\\', '-', '0', '1', '.',
                'e', 'u', 't', 'n', ' ', '\n', '\u0001', 'x');
        return Combinators.combine(valid, Arbitraries.integers().between(0, 10_000), chars,
                Arbitraries.integers().between(0, 3)).as((text, where, c, how) -> {
                    int at = where % (text.length() + 1);
                    switch (how) {
                        case 0:
                            return text.substring(0, at) + c + text.substring(at);
                        case 1:
                            return at < text.length() ? text.substring(0, at) + c + text.substring(at + 1) : text;
                        case 2:
                            return at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
                        default:
                            return text;
                    }
                });
    }

    @Property(tries = 3000)
    void acceptsExactlyWhatTheStrictParserAccepts(@ForAll("jsonTexts") String text) {
        assertThat(StrictJsonParser.isValid(text)).as(text).isEqualTo(parses(text));
    }

    @Test
    void refusesNestingDeeperThanTheParserAndTrailingData() {
        assertThat(StrictJsonParser.isValid("[".repeat(256) + "]".repeat(256))).isFalse();
        assertThat(StrictJsonParser.isValid("[".repeat(255) + "]".repeat(255))).isTrue();
        assertThat(StrictJsonParser.isValid("{} {}")).isFalse();
        assertThat(StrictJsonParser.isValid("01")).isFalse();
        assertThat(StrictJsonParser.isValid("\"\\u00e9\"")).isTrue();
    }
}
