package io.ovsguard.ovsdb.op;

import java.util.Optional;

/** A mutation's mutator (RFC 7047 section 5.1, {@code <mutator>}), with its wire token. */
public enum Mutator {
    ADD("+="),
    SUBTRACT("-="),
    MULTIPLY("*="),
    DIVIDE("/="),
    MODULO("%="),
    INSERT("insert"),
    DELETE("delete");

    private final String token;

    Mutator(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    /** True for the arithmetic mutators, which take one integer or real atom. */
    public boolean isArithmetic() {
        return this != INSERT && this != DELETE;
    }

    public static Optional<Mutator> fromToken(String token) {
        for (Mutator mutator : values()) {
            if (mutator.token.equals(token)) {
                return Optional.of(mutator);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return token;
    }
}
