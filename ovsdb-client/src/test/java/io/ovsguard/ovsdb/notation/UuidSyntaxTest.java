package io.ovsguard.ovsdb.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Uuid#isUuid} checks by hand what a regular expression used to; that expression is the specification. */
class UuidSyntaxTest {

    private static final Pattern TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String VALID = "0a1B2c3D-4e5F-6789-abCD-ef0123456789";
    private static final char[] REPLACEMENTS = {'0', '9', 'a', 'f', 'A', 'F', 'g', 'G', '-', ' ', '\u0660', '\uff10'};

    @Test
    void everySingleCharacterChangeIsJudgedAsTheExpressionJudgedIt() {
        assertThat(Uuid.isUuid(VALID)).isTrue();
        for (int i = 0; i < VALID.length(); i++) {
            for (char c : REPLACEMENTS) {
                String text = VALID.substring(0, i) + c + VALID.substring(i + 1);
                assertThat(Uuid.isUuid(text)).as(text).isEqualTo(TEXT.matcher(text).matches());
            }
        }
    }

    @Test
    void lengthAndNullAreChecked() {
        assertThat(Uuid.isUuid(null)).isFalse();
        assertThat(Uuid.isUuid("")).isFalse();
        assertThat(Uuid.isUuid(VALID.substring(1))).isFalse();
        assertThat(Uuid.isUuid(VALID + "0")).isFalse();
        assertThatThrownBy(() -> Uuid.parse("row1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a uuid: ");
        assertThat(Uuid.parse(VALID.toLowerCase()).toString()).isEqualTo(VALID.toLowerCase());
    }

    @Test
    void printsAsTheJdkPrintsUuids() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            java.util.UUID uuid = i == 0 ? new java.util.UUID(0, 0) : i == 1 ? new java.util.UUID(-1, -1)
                    : new java.util.UUID(random.nextLong(), random.nextLong());
            assertThat(new Uuid(uuid).toString()).isEqualTo(uuid.toString());
        }
    }

    @Test
    void readsWhatTheJdkReadsInEitherCase() {
        for (int i = 0; i < 200; i++) {
            java.util.UUID uuid = java.util.UUID.randomUUID();
            assertThat(Uuid.parse(uuid.toString())).isEqualTo(new Uuid(uuid));
            assertThat(Uuid.parse(uuid.toString().toUpperCase())).isEqualTo(new Uuid(uuid));
        }
        assertThat(Uuid.parse("ffffffff-ffff-ffff-ffff-ffffffffffff"))
                .isEqualTo(new Uuid(new java.util.UUID(-1L, -1L)));
    }

    @Test
    void rejectsDigitsOfOtherScriptsAndBadShapesInOneWay() {
        String arabicDigit = "0f9e2b4c-35a8-4c1e-9d77-00000000000\u0663";

        assertThatThrownBy(() -> Uuid.parse(arabicDigit)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a uuid: " + DisplayText.quoted(arabicDigit));
        assertThatThrownBy(() -> Uuid.parse("0f9e2b4c35a8-4c1e-9d77-0000000000001"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a uuid");
        assertThatThrownBy(() -> Uuid.parse("row1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a uuid: " + DisplayText.quoted("row1"));
    }

    @Test
    void readsAUuidInsideALongerTextAndNamesTheBadOne() {
        String text = "[\"uuid\",\"0f9e2b4c-35a8-4c1e-9d77-0123456789ab\"]";

        assertThat(Uuid.parse(text, 9)).isEqualTo(Uuid.parse("0f9e2b4c-35a8-4c1e-9d77-0123456789ab"));
        assertThatThrownBy(() -> Uuid.parse(text, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a uuid: " + DisplayText.quoted(text.substring(8, 44)));
        assertThatThrownBy(() -> Uuid.parse(text, 20)).hasMessage("no uuid at offset 20");
    }
}
