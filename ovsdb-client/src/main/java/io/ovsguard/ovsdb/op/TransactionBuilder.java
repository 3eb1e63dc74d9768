package io.ovsguard.ovsdb.op;

import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a {@link Transaction} and checks every operation against the schema as it is added, so
 * that a wrong table, column, type or a write to an immutable column fails here with a
 * {@link SchemaException}, before anything is sent. Each add method returns the operation's
 * index, under which its result appears in the {@code TransactResult}.
 *
 * <p>Not thread-safe; one builder per transaction.
 */
public final class TransactionBuilder {

    private final DatabaseSchema schema;
    private final OperationChecker checker;
    private final List<Operation> operations = new ArrayList<>();
    /**
     * Every name handed out by {@link #newUuidName} (false) or declared by an insert (true): one
     * table rather than two, as a large transaction spends much of its building time hashing names.
     */
    private final Map<NamedUuid, Boolean> names = new HashMap<>();
    /** Every named-uuid the operations so far refer to (repeats included), gathered as they are added. */
    private final List<NamedUuid> referenced = new ArrayList<>();
    private int nameCounter;

    public TransactionBuilder(DatabaseSchema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.checker = new OperationChecker(schema);
    }

    /** A uuid-name not handed out before by this builder ({@code row1}, {@code row2}, ...). */
    public NamedUuid newUuidName() {
        return newUuidName("row");
    }

    /** A uuid-name starting with {@code prefix} not handed out before by this builder. */
    public NamedUuid newUuidName(String prefix) {
        NamedUuid name;
        do {
            // a StringBuilder, not +: string concatenation links through method handles, slower under C1 alone
            name = new NamedUuid(new StringBuilder(prefix.length() + 6).append(prefix).append(++nameCounter)
                    .toString());
        } while (names.putIfAbsent(name, Boolean.FALSE) != null);
        return name;
    }

    /** Inserts a row that nothing in the transaction needs to refer to. */
    public int insert(String table, Row row) {
        return add(new Operation.Insert(table, row, Optional.empty()));
    }

    /** Inserts a row that other operations refer to as {@code uuidName}. */
    public int insert(String table, Row row, NamedUuid uuidName) {
        return add(new Operation.Insert(table, row, Optional.of(uuidName)));
    }

    public int select(String table, List<Condition> where) {
        return add(new Operation.Select(table, where, Optional.empty()));
    }

    public int select(String table, List<Condition> where, List<String> columns) {
        return add(new Operation.Select(table, where, Optional.of(columns)));
    }

    public int update(String table, List<Condition> where, Row row) {
        return add(new Operation.Update(table, where, row));
    }

    public int mutate(String table, List<Condition> where, List<Mutation> mutations) {
        return add(new Operation.Mutate(table, where, mutations));
    }

    public int delete(String table, List<Condition> where) {
        return add(new Operation.Delete(table, where));
    }

    public int waitUntil(String table, List<Condition> where, List<String> columns, Function until, List<Row> rows,
            OptionalLong timeoutMs) {
        return add(new Operation.Wait(table, where, columns, until, rows, timeoutMs));
    }

    public int commit(boolean durable) {
        return add(new Operation.Commit(durable));
    }

    public int abort() {
        return add(new Operation.Abort());
    }

    public int comment(String text) {
        return add(new Operation.Comment(text));
    }

    public int assertLock(String lock) {
        return add(new Operation.Assert(lock));
    }

    /** Checks and appends any operation. */
    public int add(Operation operation) {
        checker.check(operation);
        if (operation instanceof Operation.Insert insert && insert.uuidName().isPresent()) {
            NamedUuid name = insert.uuidName().get();
            if (Boolean.TRUE.equals(names.put(name, Boolean.TRUE))) {
                throw new SchemaException("uuid-name " + name.name() + " is already used by another insert");
            }
        }
        NamedUuidReferences.collect(operation, referenced);
        operations.add(operation);
        return operations.size() - 1;
    }

    /** Operations added so far. */
    public int size() {
        return operations.size();
    }

    /**
     * @throws SchemaException if an operation refers to a named-uuid that no insert declares
     */
    public Transaction build() {
        Set<String> undeclared = new TreeSet<>();
        for (NamedUuid name : referenced) {
            if (!Boolean.TRUE.equals(names.get(name))) {
                undeclared.add(name.name());
            }
        }
        if (!undeclared.isEmpty()) {
            throw new SchemaException("named-uuid " + String.join(", ", undeclared)
                    + " is referred to but no insert declares it");
        }
        return new Transaction(schema.name(), operations);
    }
}
