package io.ovsguard.ovsdb.notation;

import java.util.Objects;

/**
 * A transaction-local name for a row being inserted ({@code ["named-uuid", name]}). The server
 * replaces it with the row's real uuid. The name must be an RFC 7047 {@code <id>}.
 */
public record NamedUuid(String name) implements Comparable<NamedUuid> {

    public NamedUuid {
        Objects.requireNonNull(name, "name");
        if (!isId(name)) {
            throw new IllegalArgumentException("not a valid uuid-name (want [A-Za-z_][A-Za-z0-9_]*): " + DisplayText.quoted(name));
        }
    }

    /** {@code [A-Za-z_][A-Za-z0-9_]*}, checked by hand: a transaction may declare thousands of names. */
    private static boolean isId(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    public static NamedUuid of(String name) {
        return new NamedUuid(name);
    }

    @Override
    public int compareTo(NamedUuid other) {
        // names are ASCII, so UTF-16 order is byte order
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return "@" + name;
    }

    // equals and hashCode are written out (with the values the generated ones would have): a record's generated
    // methods are bound at first call by an invokedynamic bootstrap that start-up caches do not keep, which costs a
    // short-lived CLI tens of milliseconds.
    @Override
    public boolean equals(Object other) {
        return other instanceof NamedUuid uuid && name.equals(uuid.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
