package io.ovsguard.ovsdb.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidTextTest {

    @Test
    void readsTheSameUuidAsTheGeneralParserInEitherCase() {
        for (int i = 0; i < 200; i++) {
            String text = UUID.randomUUID().toString();
            assertThat(UuidText.parse(text)).isEqualTo(Uuid.parse(text));
            assertThat(UuidText.parse(text.toUpperCase())).isEqualTo(Uuid.parse(text));
        }
        assertThat(UuidText.parse("ffffffff-ffff-ffff-ffff-ffffffffffff"))
                .isEqualTo(new Uuid(new UUID(-1L, -1L)));
    }

    @Test
    void rejectsDigitsOfOtherScriptsAndBadShapesWithTheGeneralParsersMessage() {
        String arabicDigit = "0f9e2b4c-35a8-4c1e-9d77-00000000000\u0663";

        assertThatThrownBy(() -> UuidText.parse(arabicDigit)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(messageOf(arabicDigit));
        assertThatThrownBy(() -> UuidText.parse("0f9e2b4c35a8-4c1e-9d77-0000000000001"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a uuid");
        assertThatThrownBy(() -> UuidText.parse("row1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(messageOf("row1"));
    }

    private static String messageOf(String text) {
        try {
            Uuid.parse(text);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("Uuid.parse accepted " + text);
    }
}
