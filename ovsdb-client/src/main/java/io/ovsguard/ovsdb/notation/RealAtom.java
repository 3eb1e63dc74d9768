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
}
