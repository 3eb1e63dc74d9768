package io.ovsguard.ovsdb.testing;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** jqwik generators for OVSDB values: atoms of every type, column types and datums that fit them. */
public final class OvsdbArbitraries {

    private OvsdbArbitraries() {
    }

    public static Arbitrary<AtomType> atomTypes() {
        return Arbitraries.of(AtomType.values());
    }

    /** Strings of valid Unicode without NUL, weighted towards ASCII but with BMP and supplementary characters. */
    public static Arbitrary<String> ovsdbStrings() {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0x20, 0x7e)),
                Tuple.of(2, Arbitraries.integers().between(1, 0xfffd)
                        .filter(c -> !Character.isSurrogate((char) c.intValue()))),
                Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10ffff)));
        return codePoints.list().ofMaxSize(8).map(list -> {
            StringBuilder text = new StringBuilder();
            list.forEach(text::appendCodePoint);
            return text.toString();
        });
    }

    public static Arbitrary<Uuid> uuids() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as((hi, lo) -> new Uuid(new UUID(hi, lo)));
    }

    public static Arbitrary<NamedUuid> namedUuids() {
        Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('A', 'Z').with('_');
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('_')
                .ofMaxLength(6);
        return Combinators.combine(first, rest).as((f, r) -> new NamedUuid(f + r));
    }

    /** Atoms of {@code type}; uuid atoms are real uuids or, now and then, named-uuids. */
    public static Arbitrary<Atom> atoms(AtomType type) {
        switch (type) {
            case INTEGER:
                return Arbitraries.longs().map(Atom::integer);
            case REAL:
                return Arbitraries.doubles().map(Atom::real);
            case BOOLEAN:
                return Arbitraries.of(true, false).map(Atom::bool);
            case STRING:
                return ovsdbStrings().map(Atom::string);
            case UUID:
                return Arbitraries.frequencyOf(Tuple.of(4, uuids().map(Atom::uuid)),
                        Tuple.of(1, namedUuids().map(Atom::named)));
            default:
                throw new IllegalArgumentException(type.toString());
        }
    }

    /** Unconstrained column types of every shape: scalar, optional, set, map. */
    public static Arbitrary<ColumnType> columnTypes() {
        Arbitrary<BaseType> base = atomTypes().map(BaseType::of);
        Arbitrary<Integer> max = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(1)),
                Tuple.of(2, Arbitraries.integers().between(2, 5)), Tuple.of(2, Arbitraries.just(ColumnType.UNLIMITED)));
        Arbitrary<Integer> min = Arbitraries.integers().between(0, 1);
        Arbitrary<Boolean> isMap = Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true));
        return Combinators.combine(base, base, min, max, isMap).as((key, value, lo, hi, map) ->
                map ? ColumnType.map(key, value, lo, Math.max(hi, lo)) : ColumnType.set(key, lo, Math.max(hi, lo)));
    }

    /** Datums that fit {@code type} (at most 6 elements for unlimited types). */
    public static Arbitrary<Datum> datums(ColumnType type) {
        int max = Math.min(type.max(), 6);
        Arbitrary<List<Atom>> keys = atoms(type.key().type()).list().uniqueElements().ofMinSize(type.min())
                .ofMaxSize(max);
        if (!type.isMap()) {
            return keys.map(OvsdbSet::of);
        }
        Arbitrary<Atom> values = atoms(type.value().orElseThrow().type());
        return keys.flatMap(k -> values.list().ofSize(k.size()).map(v -> {
            List<OvsdbMap.Entry> entries = new ArrayList<>();
            for (int i = 0; i < k.size(); i++) {
                entries.add(new OvsdbMap.Entry(k.get(i), v.get(i)));
            }
            return (Datum) new OvsdbMap(entries);
        }));
    }

    /** A column type together with a datum that fits it. */
    public static Arbitrary<Tuple2<ColumnType, Datum>> typedDatums() {
        return columnTypes().flatMap(type -> datums(type).map(datum -> Tuple.of(type, datum)));
    }
}
