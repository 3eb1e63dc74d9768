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

    @Test
    void refusesANonHexCharacterInAnyGroupAsTheGeneralParserDoes() {
        String valid = "0f9e2b4c-35a8-4c1e-9d77-0123456789ab";
        for (int at : new int[] {0, 7, 9, 12, 14, 17, 19, 22, 24, 35}) {
            for (char bad : new char[] {'g', 'G', ' ', '/', ':', '@', '`', '\u00e9', '\uff10'}) {
                String text = valid.substring(0, at) + bad + valid.substring(at + 1);

                assertThatThrownBy(() -> UuidText.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class)
                        .hasMessage(messageOf(text));
            }
        }
    }

    @Test
    void readsAUuidInsideALongerText() {
        String text = "[\"uuid\",\"0f9e2b4c-35a8-4c1e-9d77-0123456789ab\"]";

        assertThat(UuidText.parse(text, 9)).isEqualTo(Uuid.parse("0f9e2b4c-35a8-4c1e-9d77-0123456789ab"));
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
