package io.ovsguard.ovsdb.error;

import io.ovsguard.ovsdb.result.OvsdbError;
import io.ovsguard.ovsdb.result.TransactResult;
import java.util.OptionalInt;

/**
 * The server ran a transaction and it failed: an operation returned an error, or the commit did.
 * Nothing was changed. Carries the whole result for inspection.
 */
public class TransactionFailedException extends OvsdbException {

    private final transient TransactResult result;
    private final transient OvsdbError error;

    public TransactionFailedException(TransactResult result, OvsdbError error) {
        super(message(result, error));
        this.result = result;
        this.error = error;
    }

    public TransactResult result() {
        return result;
    }

    /** The first error: the failed operation's, or the commit's. */
    public OvsdbError error() {
        return error;
    }

    /** The failed operation's index; empty if the commit failed. */
    public OptionalInt operationIndex() {
        return error.operationIndex();
    }

    private static String message(TransactResult result, OvsdbError error) {
        StringBuilder text = new StringBuilder("transaction on ").append(result.transaction().database())
                .append(" failed");
        if (error.operationIndex().isPresent()) {
            int index = error.operationIndex().getAsInt();
            text.append(" at operation ").append(index).append(" (")
                    .append(result.transaction().operation(index).op()).append(')');
        } else {
            text.append(" to commit");
        }
        text.append(": ").append(error.error());
        error.details().ifPresent(d -> text.append(": ").append(d));
        return text.toString();
    }
}
