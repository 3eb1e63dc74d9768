package io.ovsguard.ovsdb.notation;

import java.util.Objects;

/**
 * A string atom. Holds only text OVS can store: valid Unicode (no unpaired surrogate, so it has a
 * UTF-8 form) without NUL characters, which the OVS JSON parser rejects.
 */
public record StringAtom(String value) implements Atom {

    public StringAtom {
        Objects.requireNonNull(value, "value");
        int nul = value.indexOf('\0');
        if (nul >= 0) {
            throw new IllegalArgumentException("string contains a NUL character at index " + nul);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < Character.MIN_SURROGATE) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("string contains an unpaired surrogate at index " + i);
            }
        }
    }

    @Override
    public AtomType type() {
        return AtomType.STRING;
    }

    // equals and hashCode are written out (with the values the generated ones would have): a record's generated
    // methods are bound at first call by an invokedynamic bootstrap that start-up caches do not keep, which costs a
    // short-lived CLI tens of milliseconds.
    @Override
    public boolean equals(Object other) {
        return other instanceof StringAtom atom && value.equals(atom.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
