package io.ovsguard.ovsdb.internal;

import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** One connection's schemas, fetched once per database; a failed fetch is forgotten so it can be retried. */
final class SchemaCache {

    private final Map<String, CompletableFuture<DatabaseSchema>> schemas = new ConcurrentHashMap<>();

    CompletableFuture<DatabaseSchema> get(String database, Function<String, CompletableFuture<DatabaseSchema>> fetch) {
        CompletableFuture<DatabaseSchema> schema = schemas.computeIfAbsent(database, fetch);
        schema.whenComplete((value, error) -> {
            if (error != null) {
                schemas.remove(database, schema);
            }
        });
        return schema;
    }

    /** The schema if it has already arrived. */
    DatabaseSchema known(String database) {
        CompletableFuture<DatabaseSchema> schema = schemas.get(database);
        return schema != null && schema.isDone() && !schema.isCompletedExceptionally() ? schema.join() : null;
    }
}
