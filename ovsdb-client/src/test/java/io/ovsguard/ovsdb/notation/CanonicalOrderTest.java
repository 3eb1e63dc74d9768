package io.ovsguard.ovsdb.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CanonicalOrderTest {

    @Test
    void stringsSortInUtf8ByteOrderNotUtf16Order() {
        String replacementChar = "\uFFFD";           // UTF-8 EF BF BD
        String grinningFace = "\uD83D\uDE00";        // U+1F600, UTF-8 F0 9F 98 80
        assertThat(grinningFace.compareTo(replacementChar)).as("UTF-16 order differs").isNegative();

        OvsdbSet set = OvsdbSet.ofStrings(grinningFace, replacementChar, "z", "A");

        assertThat(set.atoms()).containsExactly(Atom.string("A"), Atom.string("z"), Atom.string(replacementChar),
                Atom.string(grinningFace));
    }

    @Test
    void uuidsSortAsUnsignedWordsNotAsJavaUuid() {
        Uuid high = Uuid.parse("80000000-0000-0000-0000-000000000000");
        Uuid low = Uuid.parse("7fffffff-ffff-ffff-ffff-ffffffffffff");
        Uuid lowHalfHigh = Uuid.parse("00000000-0000-0000-8000-000000000000");
        Uuid lowHalfLow = Uuid.parse("00000000-0000-0000-0000-000000000001");
        assertThat(high.value().compareTo(low.value())).as("java.util.UUID compares signed").isNegative();

        OvsdbSet set = OvsdbSet.of(Atom.uuid(high), Atom.uuid(lowHalfHigh), Atom.uuid(low), Atom.uuid(lowHalfLow));

        assertThat(set.atoms()).containsExactly(Atom.uuid(lowHalfLow), Atom.uuid(lowHalfHigh), Atom.uuid(low),
                Atom.uuid(high));
    }

    @Test
    void integersRealsAndBooleansSortNumerically() {
        assertThat(OvsdbSet.of(Atom.integer(10), Atom.integer(-3), Atom.integer(2)).atoms())
                .containsExactly(Atom.integer(-3), Atom.integer(2), Atom.integer(10));
        assertThat(OvsdbSet.of(Atom.real(1.5), Atom.real(-0.25), Atom.real(1e10)).atoms())
                .containsExactly(Atom.real(-0.25), Atom.real(1.5), Atom.real(1e10));
        assertThat(OvsdbSet.of(Atom.bool(true), Atom.bool(false)).atoms())
                .containsExactly(Atom.bool(false), Atom.bool(true));
    }

    @Test
    void namedUuidsSortByNameAfterRealUuids() {
        OvsdbSet set = OvsdbSet.of(Atom.named(NamedUuid.of("row2")), Atom.uuid(Uuid.ZERO),
                Atom.named(NamedUuid.of("row10")));

        assertThat(set.atoms()).containsExactly(Atom.uuid(Uuid.ZERO), Atom.named(NamedUuid.of("row10")),
                Atom.named(NamedUuid.of("row2")));
    }

    @Test
    void setDropsDuplicatesAndEqualsRegardlessOfInputOrder() {
        assertThat(OvsdbSet.of(Atom.integer(2), Atom.integer(1), Atom.integer(2)))
                .isEqualTo(OvsdbSet.of(Atom.integer(1), Atom.integer(2)))
                .extracting(OvsdbSet::size).isEqualTo(2);
    }

    @Test
    void setOfSortedAtomsWithARepeatStillDropsTheRepeat() {
        assertThat(OvsdbSet.of(Atom.integer(1), Atom.integer(2), Atom.integer(2)).atoms())
                .containsExactly(Atom.integer(1), Atom.integer(2));
    }

    @Test
    void setOfAlreadySortedAtomsDoesNotShareItsInput() {
        Atom[] input = {Atom.string("a"), Atom.string("b")};
        OvsdbSet set = OvsdbSet.of(input);
        input[1] = Atom.string("z");

        assertThat(set.atoms()).containsExactly(Atom.string("a"), Atom.string("b"));
        assertThatThrownBy(() -> set.atoms().add(Atom.string("c"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void setRejectsAtomsOfTwoTypes() {
        assertThatThrownBy(() -> OvsdbSet.of(Atom.integer(1), Atom.string("1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mixes integer and string");
    }

    @Test
    void mapSortsByKeyAndLooksKeysUp() {
        OvsdbMap map = OvsdbMap.ofStrings(java.util.Map.of("b", "2", "a", "1", "c", "3"));

        assertThat(map.entries()).extracting(OvsdbMap.Entry::key)
                .containsExactly(Atom.string("a"), Atom.string("b"), Atom.string("c"));
        assertThat(map.get(Atom.string("b"))).contains(Atom.string("2"));
        assertThat(map.get(Atom.string("x"))).isEmpty();
        assertThat(map.get(Atom.integer(1))).as("key of another type").isEmpty();
    }

    @Test
    void mapOfAlreadySortedPairsDoesNotShareItsInput() {
        List<OvsdbMap.Entry> input = new java.util.ArrayList<>(List.of(new OvsdbMap.Entry(Atom.string("a"),
                Atom.integer(1)), new OvsdbMap.Entry(Atom.string("b"), Atom.integer(2))));
        OvsdbMap map = new OvsdbMap(input);
        input.add(new OvsdbMap.Entry(Atom.string("c"), Atom.integer(3)));

        assertThat(map.size()).isEqualTo(2);
        assertThatThrownBy(() -> map.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mapOfSortedPairsWithARepeatedKeyIsRefused() {
        List<OvsdbMap.Entry> entries = List.of(new OvsdbMap.Entry(Atom.string("a"), Atom.integer(1)),
                new OvsdbMap.Entry(Atom.string("b"), Atom.integer(1)),
                new OvsdbMap.Entry(Atom.string("b"), Atom.integer(2)));

        assertThatThrownBy(() -> new OvsdbMap(entries)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("map has duplicate key " + Atom.string("b"));
    }

    @Test
    void mapOfSortedPairsMixingTypesIsRefused() {
        List<OvsdbMap.Entry> entries = List.of(new OvsdbMap.Entry(Atom.string("a"), Atom.integer(1)),
                new OvsdbMap.Entry(Atom.string("b"), Atom.string("x")));

        assertThatThrownBy(() -> new OvsdbMap(entries)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("map mixes string=>integer and string=>string pairs");
    }

    @Test
    void mapRejectsDuplicateKeys() {
        List<OvsdbMap.Entry> entries = List.of(new OvsdbMap.Entry(Atom.string("k"), Atom.integer(1)),
                new OvsdbMap.Entry(Atom.string("k"), Atom.integer(2)));

        assertThatThrownBy(() -> new OvsdbMap(entries)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate key");
    }

    @Test
    void negativeZeroIsTheSameRealAsZero() {
        assertThat(Atom.real(-0.0)).isEqualTo(Atom.real(0.0));
        assertThat(OvsdbSet.of(Atom.real(-0.0), Atom.real(0.0)).size()).isEqualTo(1);
    }

    @Test
    void realsMustBeFinite() {
        assertThatThrownBy(() -> Atom.real(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Atom.real(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stringsRejectNulAndUnpairedSurrogates() {
        assertThatThrownBy(() -> Atom.string("a\u0000b")).hasMessageContaining("NUL");
        assertThatThrownBy(() -> Atom.string("a\uD800")).hasMessageContaining("unpaired surrogate");
        assertThatThrownBy(() -> Atom.string("\uDC00a")).hasMessageContaining("unpaired surrogate");
        assertThat(Atom.string("\uD83D\uDE00").value()).hasSize(2);
    }

    @Test
    void comparingAtomsOfDifferentTypesFails() {
        assertThatThrownBy(() -> Atom.integer(1).compareTo(Atom.real(1.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uuidParsingIsStrictAndPrintsLowercase() {
        assertThat(Uuid.parse("A1B2C3D4-0000-0000-0000-00000000000F").toString())
                .isEqualTo("a1b2c3d4-0000-0000-0000-00000000000f");
        assertThatThrownBy(() -> Uuid.parse("row1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a uuid");
        assertThatThrownBy(() -> Uuid.parse("1-2-3-4-5")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Uuid(new UUID(0, 1)).toString()).isEqualTo("00000000-0000-0000-0000-000000000001");
    }

    @Test
    void namedUuidMustBeAnIdentifier() {
        assertThat(NamedUuid.of("_row_1").name()).isEqualTo("_row_1");
        assertThatThrownBy(() -> NamedUuid.of("1row")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NamedUuid.of("row-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NamedUuid.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
