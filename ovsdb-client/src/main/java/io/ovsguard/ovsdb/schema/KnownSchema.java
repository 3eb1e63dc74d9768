package io.ovsguard.ovsdb.schema;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A database schema an application knows before it connects, with the exact text a server sends for it in reply to
 * {@code get_schema}. A client given it ({@code ClientOptions.knownSchemas}) compares a {@code get_schema} reply with
 * that text and, when it is the same, uses {@code tables} instead of parsing the reply: a short-lived process (the
 * CLI) otherwise spends a good part of its run parsing a schema it could have compiled in. Any other reply, a newer
 * server's say, is parsed as usual.
 *
 * @param servedText the {@code get_schema} result exactly as the server writes it
 * @param tableNames every table's name, in the schema's order
 * @param tables     builds the table of the given name, as parsing {@code servedText} would; each table is built
 *                   once and kept, for every schema {@link #schema()} returns
 */
public record KnownSchema(String name, SchemaVersion version, Optional<String> cksum, String servedText,
                          List<String> tableNames, Function<String, TableSchema> tables) {

    public KnownSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(cksum, "cksum");
        Objects.requireNonNull(servedText, "servedText");
        tableNames = List.copyOf(tableNames);
        Objects.requireNonNull(tables, "tables");
        if (!(tables instanceof BuiltOnce)) {
            tables = new BuiltOnce(tables);
        }
    }

    /**
     * Builds the named tables now, if not built yet. A short-lived process can call this on a thread of its own
     * while it parses its command line and connects, so that the first reply it reads finds them built.
     *
     * @throws IllegalArgumentException if a name is not one of {@link #tableNames()}
     */
    public void prepare(Collection<String> names) {
        for (String name : names) {
            if (!tableNames.contains(name)) {
                throw new IllegalArgumentException("schema " + this.name + " has no table " + name);
            }
            tables.apply(name);
        }
    }

    /** Whether {@code text[start, end)} is exactly the served text. */
    public boolean isServedAs(String text, int start, int end) {
        // a copy and equals, not regionMatches: a short process runs regionMatches interpreted, a byte at a time
        // (0.7 ms for 15 KB), while String.equals is compiled early, with its vectorised intrinsic
        return end - start == servedText.length() && text.substring(start, end).equals(servedText);
    }

    /**
     * The tables of a known schema, each built by the definition once: immutable, they are shared by every
     * connection's schema. A definition that fails is asked again next time, and fails again.
     */
    private static final class BuiltOnce implements Function<String, TableSchema> {
        private final Function<String, TableSchema> definition;
        private final Map<String, TableSchema> built = new ConcurrentHashMap<>();

        BuiltOnce(Function<String, TableSchema> definition) {
            this.definition = definition;
        }

        @Override
        public TableSchema apply(String name) {
            TableSchema table = built.get(name);
            return table != null ? table : built.computeIfAbsent(name, definition);
        }
    }

    /** The schema, its tables built when first used. */
    public DatabaseSchema schema() {
        return DatabaseSchema.withTablesOnDemand(name, version, cksum, tableNames, tables);
    }
}
