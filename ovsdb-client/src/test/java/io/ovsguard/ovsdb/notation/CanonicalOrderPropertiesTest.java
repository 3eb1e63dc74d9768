package io.ovsguard.ovsdb.notation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.testing.OvsdbArbitraries;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

class CanonicalOrderPropertiesTest {

    @Provide
    Arbitrary<List<Atom>> atomsOfOneType() {
        return OvsdbArbitraries.atomTypes().flatMap(type -> OvsdbArbitraries.atoms(type).list().ofMaxSize(12));
    }

    @Provide
    Arbitrary<String> strings() {
        return OvsdbArbitraries.ovsdbStrings();
    }

    @Property
    void setIsStrictlyIncreasingAndHoldsExactlyTheDistinctInputs(@ForAll("atomsOfOneType") List<Atom> atoms) {
        OvsdbSet set = OvsdbSet.of(atoms);

        for (int i = 1; i < set.size(); i++) {
            assertThat(set.atoms().get(i - 1).compareTo(set.atoms().get(i))).isNegative();
        }
        assertThat(new HashSet<>(set.atoms())).isEqualTo(new HashSet<>(atoms));
    }

    @Provide
    Arbitrary<Tuple2<List<Atom>, List<Atom>>> atomsAndAShuffle() {
        return atomsOfOneType().flatMap(atoms -> Arbitraries.shuffle(atoms).map(shuffled -> Tuple.of(atoms, shuffled)));
    }

    @Property
    void setDoesNotDependOnInputOrder(@ForAll("atomsAndAShuffle") Tuple2<List<Atom>, List<Atom>> atoms) {
        assertThat(OvsdbSet.of(atoms.get2())).isEqualTo(OvsdbSet.of(atoms.get1()));
    }

    @Property
    void stringOrderIsUtf8ByteOrder(@ForAll("strings") String a, @ForAll("strings") String b) {
        int expected = Integer.signum(Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8)));

        assertThat(Integer.signum(Atom.string(a).compareTo(Atom.string(b)))).isEqualTo(expected);
    }

    @Property
    void uuidOrderIsUnsignedByteOrder(@ForAll("uuids") Uuid a, @ForAll("uuids") Uuid b) {
        int expected = Integer.signum(Arrays.compareUnsigned(bytes(a), bytes(b)));

        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Uuid> uuids() {
        return OvsdbArbitraries.uuids();
    }

    private static byte[] bytes(Uuid uuid) {
        return java.nio.ByteBuffer.allocate(16).putLong(uuid.value().getMostSignificantBits())
                .putLong(uuid.value().getLeastSignificantBits()).array();
    }
}
