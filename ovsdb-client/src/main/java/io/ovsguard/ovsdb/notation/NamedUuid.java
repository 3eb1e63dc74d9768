package io.ovsguard.ovsdb.notation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A transaction-local name for a row being inserted ({@code ["named-uuid", name]}). The server
 * replaces it with the row's real uuid. The name must be an RFC 7047 {@code <id>}.
 */
public record NamedUuid(String name) implements Comparable<NamedUuid> {

    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public NamedUuid {
        Objects.requireNonNull(name, "name");
        if (!ID.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid uuid-name (want [A-Za-z_][A-Za-z0-9_]*): " + DisplayText.quoted(name));
        }
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
