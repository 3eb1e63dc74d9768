package io.ovsguard.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * ValueParser scans integers and ranges by hand (a regular expression costs each CLI call its compile). The
 * expressions it replaced are the specification: every string over an alphabet of blanks, signs, digits, dashes and
 * look-alikes must be judged the same way.
 */
class NumberSyntaxTest {

    private static final Pattern INTEGER = Pattern.compile("\\s*[+-]?[0-9]+");
    private static final Pattern RANGE = Pattern.compile("(\\s*[+-]?[0-9]+)-(\\s*[+-]?[0-9]+)");
    private static final char[] ALPHABET = {' ', '\t', '\u000b', '+', '-', '0', '7', 'x', '\u0663', '\u00a0'};

    @Test
    void integersAreWhatTheRegularExpressionAccepted() {
        for (String text : strings(5)) {
            assertThat(ValueParser.isInteger(text)).as("\"%s\"", text).isEqualTo(INTEGER.matcher(text).matches());
        }
    }

    @Test
    void rangesSplitWhereTheRegularExpressionSplitThem() {
        for (String text : strings(6)) {
            Matcher range = RANGE.matcher(text);
            int expected = range.matches() ? range.end(1) : -1;
            assertThat(ValueParser.rangeDash(text)).as("\"%s\"", text).isEqualTo(expected);
        }
    }

    @Test
    void examplesFromOvsVsctlUsage() {
        assertThat(ValueParser.isInteger("42")).isTrue();
        assertThat(ValueParser.isInteger(" -42")).isTrue();
        assertThat(ValueParser.isInteger("42 ")).as("trailing blank").isFalse();
        assertThat(ValueParser.isInteger("0x2a")).isFalse();
        assertThat(ValueParser.rangeDash("1-4094")).isEqualTo(1);
        assertThat(ValueParser.rangeDash("-5--1")).isEqualTo(2);
        assertThat(ValueParser.rangeDash("5-")).isEqualTo(-1);
    }

    private static List<String> strings(int maxLength) {
        List<String> all = new ArrayList<>();
        all.add("");
        List<String> previous = List.of("");
        for (int length = 1; length <= maxLength; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : previous) {
                for (char c : ALPHABET) {
                    next.add(prefix + c);
                }
            }
            all.addAll(next);
            previous = next;
        }
        return all;
    }
}
