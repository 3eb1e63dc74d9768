package io.ovsguard.ovsdb.result;

import io.ovsguard.ovsdb.error.TransactionFailedException;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Transaction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The decoded result of one {@code transact}: one result per operation, and the commit error the
 * server appends as an extra element when every operation succeeded but the commit did not.
 */
public record TransactResult(Transaction transaction, List<OperationResult> results,
        Optional<OvsdbError> commitError) {

    public TransactResult {
        Objects.requireNonNull(transaction, "transaction");
        results = List.copyOf(results);
        Objects.requireNonNull(commitError, "commitError");
        if (results.size() != transaction.size()) {
            throw new IllegalArgumentException(results.size() + " results for " + transaction.size() + " operations");
        }
    }

    /** True if every operation and the commit succeeded. */
    public boolean isSuccess() {
        return firstError().isEmpty();
    }

    /** The first failed operation's error, else the commit error, else empty. */
    public Optional<OvsdbError> firstError() {
        for (OperationResult result : results) {
            if (result instanceof OperationResult.Failed failed) {
                return Optional.of(failed.error());
            }
        }
        return commitError;
    }

    /**
     * @return this result, if the transaction succeeded
     * @throws TransactionFailedException carrying the first error, if it did not
     */
    public TransactResult orThrow() {
        Optional<OvsdbError> error = firstError();
        if (error.isPresent()) {
            throw new TransactionFailedException(this, error.get());
        }
        return this;
    }

    public OperationResult result(int index) {
        return results.get(index);
    }

    /**
     * The uuid the server gave the row inserted as {@code name}.
     *
     * @throws IllegalArgumentException if no insert in the transaction declares {@code name}
     * @throws TransactionFailedException if the transaction failed
     */
    public Uuid uuidOf(NamedUuid name) {
        OptionalInt index = transaction.insertIndexOf(name);
        if (index.isEmpty()) {
            throw new IllegalArgumentException("no insert in this transaction declares uuid-name " + name.name());
        }
        orThrow();
        return ((OperationResult.Inserted) results.get(index.getAsInt())).uuid();
    }

    /**
     * The rows of the select at {@code index}.
     *
     * @throws TransactionFailedException if the transaction failed
     */
    public List<Row> rows(int index) {
        orThrow();
        OperationResult result = results.get(index);
        if (result instanceof OperationResult.Selected selected) {
            return selected.rows();
        }
        throw new IllegalArgumentException("operation " + index + " is a " + transaction.operation(index).op()
                + ", not a select");
    }

    /**
     * The row count of the update, mutate or delete at {@code index}.
     *
     * @throws TransactionFailedException if the transaction failed
     */
    public int count(int index) {
        orThrow();
        OperationResult result = results.get(index);
        if (result instanceof OperationResult.Counted counted) {
            return counted.count();
        }
        throw new IllegalArgumentException("operation " + index + " is a " + transaction.operation(index).op()
                + ", which returns no count");
    }
}
