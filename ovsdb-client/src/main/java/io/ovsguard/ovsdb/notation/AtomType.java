package io.ovsguard.ovsdb.notation;

import java.util.Optional;

/** The five OVSDB atomic types (RFC 7047 section 3.2), each with its wire token. */
public enum AtomType {
    INTEGER("integer"),
    REAL("real"),
    BOOLEAN("boolean"),
    STRING("string"),
    UUID("uuid");

    private final String token;

    AtomType(String token) {
        this.token = token;
    }

    /** The token used in schemas and error messages, e.g. {@code "integer"}. */
    public String token() {
        return token;
    }

    /** The type named by {@code token}, if it is one of the five. */
    public static Optional<AtomType> fromToken(String token) {
        for (AtomType type : values()) {
            if (type.token.equals(token)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return token;
    }
}
