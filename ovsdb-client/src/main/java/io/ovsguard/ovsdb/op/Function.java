package io.ovsguard.ovsdb.op;

import java.util.Optional;

/** A condition's comparison function (RFC 7047 section 5.1, {@code <function>}), with its wire token. */
public enum Function {
    LESS_THAN("<"),
    LESS_THAN_OR_EQUAL("<="),
    EQUAL("=="),
    NOT_EQUAL("!="),
    GREATER_THAN_OR_EQUAL(">="),
    GREATER_THAN(">"),
    INCLUDES("includes"),
    EXCLUDES("excludes");

    private final String token;

    Function(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    /** True for {@code < <= >= >}, which apply only to integer and real columns. */
    public boolean isRelational() {
        return this == LESS_THAN || this == LESS_THAN_OR_EQUAL || this == GREATER_THAN_OR_EQUAL
                || this == GREATER_THAN;
    }

    public static Optional<Function> fromToken(String token) {
        for (Function function : values()) {
            if (function.token.equals(token)) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return token;
    }
}
