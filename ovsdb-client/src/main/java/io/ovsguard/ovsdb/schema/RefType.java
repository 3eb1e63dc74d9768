package io.ovsguard.ovsdb.schema;

import java.util.Optional;

/** How a uuid column refers to its {@code refTable} (RFC 7047 section 3.2). */
public enum RefType {
    /** The referenced row may not be deleted while referenced; an unreferenced non-root row is garbage collected. */
    STRONG("strong"),
    /** A reference that is removed from the column when its row is deleted. */
    WEAK("weak");

    private final String token;

    RefType(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public static Optional<RefType> fromToken(String token) {
        for (RefType type : values()) {
            if (type.token.equals(token)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
