package io.ovsguard.ovsdb.schema;

import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import java.util.Objects;
import java.util.Optional;

/**
 * A column's type (RFC 7047 {@code <type>}): a key base type, an optional value base type (which
 * makes it a map) and the allowed number of elements {@code min..max}. {@code max} is
 * {@link #UNLIMITED} for {@code "unlimited"}.
 */
public record ColumnType(BaseType key, Optional<BaseType> value, int min, int max) {

    /** {@code "max": "unlimited"}. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public ColumnType {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (min < 0 || min > 1) {
            throw new SchemaException("min must be 0 or 1, not " + min);
        }
        if (max < 1 || max < min) {
            throw new SchemaException("max must be at least 1 and at least min, not " + max);
        }
    }

    /** Exactly one atom. */
    public static ColumnType scalar(BaseType key) {
        return new ColumnType(key, Optional.empty(), 1, 1);
    }

    /** Zero or one atom. */
    public static ColumnType optional(BaseType key) {
        return new ColumnType(key, Optional.empty(), 0, 1);
    }

    public static ColumnType set(BaseType key, int min, int max) {
        return new ColumnType(key, Optional.empty(), min, max);
    }

    public static ColumnType map(BaseType key, BaseType value, int min, int max) {
        return new ColumnType(key, Optional.of(value), min, max);
    }

    public boolean isMap() {
        return value.isPresent();
    }

    /** Not a map and not exactly one element: a set, including an optional value. */
    public boolean isSet() {
        return value.isEmpty() && !(min == 1 && max == 1);
    }

    /** Exactly one atom. */
    public boolean isScalar() {
        return value.isEmpty() && min == 1 && max == 1;
    }

    /** Zero or one atom. */
    public boolean isOptional() {
        return value.isEmpty() && min == 0 && max == 1;
    }

    /** More than one element allowed; such columns travel as diffs in update2 and update3. */
    public boolean isComposite() {
        return max > 1;
    }

    public boolean isUnlimited() {
        return max == UNLIMITED;
    }

    /** The same base types with other element counts (used for conditions, mutations and diffs). */
    public ColumnType withCounts(int newMin, int newMax) {
        return new ColumnType(key, value, newMin, newMax);
    }

    /** The datum a new row gets when the column is not given: empty if {@code min} is 0, else default atoms. */
    public Datum defaultDatum() {
        if (min == 0) {
            return isMap() ? OvsdbMap.empty() : OvsdbSet.empty();
        }
        if (isMap()) {
            return OvsdbMap.of(key.defaultAtom(), value.get().defaultAtom());
        }
        return OvsdbSet.of(key.defaultAtom());
    }

    /** @throws SchemaException naming what is wrong, if {@code datum} does not fit this type */
    public void validate(Datum datum) {
        Optional<String> problem = problemWith(datum);
        if (problem.isPresent()) {
            throw new SchemaException(problem.get());
        }
    }

    /** Why {@code datum} does not fit this type (shape, count, atom type or constraint), or empty. */
    public Optional<String> problemWith(Datum datum) {
        Objects.requireNonNull(datum, "datum");
        if (fits(datum)) {
            return Optional.empty();
        }
        if (isMap() != (datum instanceof OvsdbMap)) {
            return Optional.of("expected " + this + ", got a " + (isMap() ? "set" : "map"));
        }
        if (datum.size() < min || datum.size() > max) {
            return Optional.of(countProblem(datum.size()));
        }
        if (datum instanceof OvsdbMap map) {
            for (OvsdbMap.Entry entry : map.entries()) {
                Optional<String> problem = key.problemWith(entry.key())
                        .or(() -> value.get().problemWith(entry.value()));
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }
        for (Atom atom : ((OvsdbSet) datum).atoms()) {
            Optional<String> problem = key.problemWith(atom);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /**
     * The same verdict as {@link #problemWith} without building any message: every value of a
     * transaction passes through here, and almost all of them fit.
     */
    private boolean fits(Datum datum) {
        int size = datum.size();
        if (size < min || size > max) {
            return false;
        }
        if (datum instanceof OvsdbMap map) {
            if (value.isEmpty()) {
                return false;
            }
            BaseType valueType = value.get();
            for (OvsdbMap.Entry entry : map.entries()) {
                if (!key.fits(entry.key()) || !valueType.fits(entry.value())) {
                    return false;
                }
            }
            return true;
        }
        if (value.isPresent()) {
            return false;
        }
        for (Atom atom : ((OvsdbSet) datum).atoms()) {
            if (!key.fits(atom)) {
                return false;
            }
        }
        return true;
    }

    private String countProblem(int count) {
        String allowed = min == max ? "exactly " + min
                : max == UNLIMITED ? "at least " + min
                : "between " + min + " and " + max;
        return this + " must have " + allowed + " element" + (min == max && min == 1 ? "" : "s") + ", got " + count;
    }

    /** A short description such as {@code integer}, {@code optional string}, {@code map of string to string}. */
    @Override
    public String toString() {
        if (isScalar()) {
            return key.type().token();
        }
        if (isOptional()) {
            return "optional " + key.type().token();
        }
        String counts = " (" + min + " to " + (max == UNLIMITED ? "unlimited" : Integer.toString(max)) + ")";
        if (isMap()) {
            return "map of " + key.type().token() + " to " + value.get().type().token() + counts;
        }
        return "set of " + key.type().token() + counts;
    }
}
