package io.ovsguard.ovsdb.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.error.SchemaException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {

    /** The expression the hand-written parser replaced: its judgement is the specification. */
    private static final Pattern TEXT = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})");
    private static final char[] ALPHABET = {'0', '1', '9', '.', 'a', '\u0661', ' ', '+'};

    @Test
    void parsesWhatTheRegularExpressionAcceptedAndRejectsTheRest() {
        for (String text : strings(6)) {
            Matcher m = TEXT.matcher(text);
            if (m.matches()) {
                assertThat(SchemaVersion.parse(text)).as(text).isEqualTo(new SchemaVersion(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } else {
                assertThatThrownBy(() -> SchemaVersion.parse(text)).as(text).isInstanceOf(SchemaException.class)
                        .hasMessage("schema version \"" + text + "\" is not of the form <major>.<minor>.<patch>");
            }
        }
    }

    @Test
    void eachPartHasAtMostNineDigits() {
        assertThat(SchemaVersion.parse("999999999.0.123456789")).isEqualTo(new SchemaVersion(999999999, 0, 123456789));
        assertThatThrownBy(() -> SchemaVersion.parse("1234567890.1.1")).isInstanceOf(SchemaException.class);
        assertThatThrownBy(() -> SchemaVersion.parse("1.1.1234567890")).isInstanceOf(SchemaException.class);
    }

    @Test
    void ordersNumerically() {
        assertThat(SchemaVersion.parse("8.10.0")).isGreaterThan(SchemaVersion.parse("8.3.1"));
        assertThat(SchemaVersion.parse("8.3.1").toString()).isEqualTo("8.3.1");
    }

    private static List<String> strings(int maxLength) {
        List<String> all = new ArrayList<>();
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
