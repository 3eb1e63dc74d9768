package io.ovsguard.ovsdb.result;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An error the server reported for one operation, or for the commit.
 *
 * @param tag the classified error
 * @param error the error text exactly as sent (also for {@link ErrorTag#OTHER})
 * @param details the server's explanation, if any
 * @param operationIndex the failed operation's index; empty for a commit error
 * @param syntax the offending JSON text, which ovsdb-server adds to syntax errors
 */
public record OvsdbError(ErrorTag tag, String error, Optional<String> details, OptionalInt operationIndex,
        Optional<String> syntax) {

    public OvsdbError {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(operationIndex, "operationIndex");
        Objects.requireNonNull(syntax, "syntax");
    }

    /** An error without a syntax member. */
    public OvsdbError(ErrorTag tag, String error, Optional<String> details, OptionalInt operationIndex) {
        this(tag, error, details, operationIndex, Optional.empty());
    }

    /** Classifies {@code error} by its text; with the server's {@code syntax} member. */
    public static OvsdbError of(String error, Optional<String> details, OptionalInt operationIndex,
            Optional<String> syntax) {
        return new OvsdbError(ErrorTag.fromToken(error), error, details, operationIndex, syntax);
    }

    /** Classifies {@code error} by its text. */
    public static OvsdbError of(String error, Optional<String> details, OptionalInt operationIndex) {
        return new OvsdbError(ErrorTag.fromToken(error), error, details, operationIndex);
    }

    public boolean isCommitError() {
        return operationIndex.isEmpty();
    }

    /** One line: the error, its details and where it happened. */
    public String describe() {
        StringBuilder text = new StringBuilder(error);
        details.ifPresent(d -> text.append(": ").append(d));
        if (operationIndex.isPresent()) {
            text.append(" (operation ").append(operationIndex.getAsInt()).append(')');
        } else {
            text.append(" (commit)");
        }
        return text.toString();
    }
}
