package io.ovsguard.ovsdb.schema;

import io.ovsguard.ovsdb.notation.DisplayText;
import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.BooleanAtom;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.NamedUuidAtom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.RealAtom;
import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import java.util.Objects;
import java.util.Optional;

/**
 * The type of a key or value: an atom type plus its constraints (RFC 7047 {@code <base-type>}).
 * Unconstrained bounds hold the extreme values, as in OVS ({@code Long.MIN_VALUE},
 * {@code Integer.MAX_VALUE} for lengths, and so on).
 *
 * @param enumeration the allowed values, if the schema lists them
 * @param refTable for uuids: the table the uuid refers to
 * @param refType for uuids with a {@code refTable}: strong or weak ({@code STRONG} otherwise)
 */
public record BaseType(AtomType type, Optional<OvsdbSet> enumeration, long minInteger, long maxInteger,
        double minReal, double maxReal, int minLength, int maxLength, Optional<String> refTable,
        RefType refType) {

    public BaseType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(enumeration, "enumeration");
        Objects.requireNonNull(refTable, "refTable");
        Objects.requireNonNull(refType, "refType");
        enumeration.flatMap(OvsdbSet::atomType).ifPresent(t -> {
            if (t != type) {
                throw new SchemaException(type + " type has an enum of " + t + " values");
            }
        });
        if (minInteger > maxInteger) {
            throw new SchemaException("minInteger " + minInteger + " exceeds maxInteger " + maxInteger);
        }
        if (!(minReal <= maxReal)) {
            throw new SchemaException("minReal " + minReal + " exceeds maxReal " + maxReal);
        }
        if (minLength < 0 || minLength > maxLength) {
            throw new SchemaException("bad string length range " + minLength + ".." + maxLength);
        }
        if (refTable.isPresent() && type != AtomType.UUID) {
            throw new SchemaException("refTable is only allowed on uuid types, not " + type);
        }
    }

    /** An unconstrained base type. */
    public static BaseType of(AtomType type) {
        return new BaseType(type, Optional.empty(), Long.MIN_VALUE, Long.MAX_VALUE, -Double.MAX_VALUE,
                Double.MAX_VALUE, 0, Integer.MAX_VALUE, Optional.empty(), RefType.STRONG);
    }

    public BaseType withEnum(OvsdbSet values) {
        return new BaseType(type, Optional.of(values), minInteger, maxInteger, minReal, maxReal, minLength,
                maxLength, refTable, refType);
    }

    public BaseType withIntegerRange(long min, long max) {
        return new BaseType(type, enumeration, min, max, minReal, maxReal, minLength, maxLength, refTable, refType);
    }

    public BaseType withRealRange(double min, double max) {
        return new BaseType(type, enumeration, minInteger, maxInteger, min, max, minLength, maxLength, refTable,
                refType);
    }

    public BaseType withLengthRange(int min, int max) {
        return new BaseType(type, enumeration, minInteger, maxInteger, minReal, maxReal, min, max, refTable,
                refType);
    }

    public BaseType withRef(String table, RefType kind) {
        return new BaseType(type, enumeration, minInteger, maxInteger, minReal, maxReal, minLength, maxLength,
                Optional.of(table), kind);
    }

    /** The same atom type with no constraints; what mutator arguments are checked against. */
    public BaseType unconstrained() {
        return of(type);
    }

    public boolean isStrongReference() {
        return refTable.isPresent() && refType == RefType.STRONG;
    }

    public boolean isWeakReference() {
        return refTable.isPresent() && refType == RefType.WEAK;
    }

    /** OVS's default atom of this type: 0, 0.0, false, "" or the all-zero uuid. */
    public Atom defaultAtom() {
        switch (type) {
            case INTEGER:
                return Atom.integer(0);
            case REAL:
                return Atom.real(0.0);
            case BOOLEAN:
                return Atom.bool(false);
            case STRING:
                return Atom.string("");
            case UUID:
                return Atom.uuid(Uuid.ZERO);
            default:
                throw new IllegalStateException("unknown atom type " + type);
        }
    }

    /** True if {@link #problemWith} finds nothing wrong with {@code atom}; builds no message. */
    boolean fits(Atom atom) {
        if (atom.type() != type) {
            return false;
        }
        if (enumeration.isPresent() && !enumeration.get().contains(atom)) {
            return false;
        }
        if (atom instanceof IntegerAtom i) {
            return i.value() >= minInteger && i.value() <= maxInteger;
        }
        if (atom instanceof RealAtom r) {
            return r.value() >= minReal && r.value() <= maxReal;
        }
        if (atom instanceof StringAtom s) {
            String text = s.value();
            if (minLength == 0 && text.length() <= maxLength) {
                // a string has at most as many code points as chars
                return true;
            }
            int length = text.codePointCount(0, text.length());
            return length >= minLength && length <= maxLength;
        }
        return true;
    }

    /** Why {@code atom} does not fit this type, or empty if it fits. */
    public Optional<String> problemWith(Atom atom) {
        if (atom.type() != type) {
            return Optional.of("expected " + type + ", got " + atom.type() + " " + describe(atom));
        }
        if (enumeration.isPresent() && !enumeration.get().contains(atom)) {
            return Optional.of(describe(atom) + " is not one of the allowed values " + describeEnum());
        }
        if (atom instanceof IntegerAtom i) {
            return rangeProblem(i.value() < minInteger, i.value() > maxInteger, Long.toString(i.value()),
                    Long.toString(minInteger), Long.toString(maxInteger));
        }
        if (atom instanceof RealAtom r) {
            return rangeProblem(r.value() < minReal, r.value() > maxReal, Double.toString(r.value()),
                    Double.toString(minReal), Double.toString(maxReal));
        }
        if (atom instanceof StringAtom s) {
            int length = s.value().codePointCount(0, s.value().length());
            if (length < minLength) {
                return Optional.of(describe(atom) + " length " + length + " is less than minimum allowed length "
                        + minLength);
            }
            if (length > maxLength) {
                return Optional.of(describe(atom) + " length " + length + " is greater than maximum allowed length "
                        + maxLength);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> rangeProblem(boolean below, boolean above, String value, String min, String max) {
        if (below) {
            return Optional.of(value + " is less than minimum allowed value " + min);
        }
        if (above) {
            return Optional.of(value + " is greater than maximum allowed value " + max);
        }
        return Optional.empty();
    }

    private String describeEnum() {
        StringBuilder text = new StringBuilder("[");
        for (Atom allowed : enumeration.orElseThrow().atoms()) {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(describe(allowed));
        }
        return text.append(']').toString();
    }

    static String describe(Atom atom) {
        if (atom instanceof StringAtom s) {
            return DisplayText.quoted(s.value());
        }
        if (atom instanceof IntegerAtom i) {
            return Long.toString(i.value());
        }
        if (atom instanceof RealAtom r) {
            return Double.toString(r.value());
        }
        if (atom instanceof UuidAtom u) {
            return u.value().toString();
        }
        if (atom instanceof NamedUuidAtom n) {
            return n.value().toString();
        }
        return Boolean.toString(((BooleanAtom) atom).value());
    }
}
