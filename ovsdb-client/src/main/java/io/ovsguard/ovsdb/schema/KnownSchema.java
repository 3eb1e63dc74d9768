package io.ovsguard.ovsdb.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * @param tables     builds the table of the given name, as parsing {@code servedText} would
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
    }

    /** Whether {@code text[start, end)} is exactly the served text. */
    public boolean isServedAs(String text, int start, int end) {
        // a copy and equals, not regionMatches: a short process runs regionMatches interpreted, a byte at a time
        // (0.7 ms for 15 KB), while String.equals is compiled early, with its vectorised intrinsic
        return end - start == servedText.length() && text.substring(start, end).equals(servedText);
    }

    /** The schema, its tables built when first used. */
    public DatabaseSchema schema() {
        return DatabaseSchema.withTablesOnDemand(name, version, cksum, tableNames, tables);
    }
}
