package io.ovsguard.ovsdb.notation;

/**
 * A real atom. Must be finite (JSON has no NaN or infinity). {@code -0.0} is stored as {@code 0.0}
 * because OVS compares reals numerically, so the two are the same set element.
 */
public record RealAtom(double value) implements Atom {

    public RealAtom {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("real atom must be finite: " + value);
        }
        if (value == 0.0) {
            value = 0.0;
        }
    }

    @Override
    public AtomType type() {
        return AtomType.REAL;
    }

    // equals and hashCode are written out (with the values the generated ones would have): a record's generated
    // methods are bound at first call by an invokedynamic bootstrap that start-up caches do not keep, which costs a
    // short-lived CLI tens of milliseconds.
    @Override
    public boolean equals(Object other) {
        return other instanceof RealAtom atom && Double.compare(value, atom.value) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value);
    }
}
