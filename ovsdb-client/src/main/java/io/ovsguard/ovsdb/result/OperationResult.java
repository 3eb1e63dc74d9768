package io.ovsguard.ovsdb.result;

import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.List;
import java.util.Objects;

/** What the server said about one operation of a transaction (RFC 7047 sections 4.1.3 and 5.2). */
public sealed interface OperationResult {

    /** An insert succeeded; {@code uuid} is the new row's. */
    record Inserted(Uuid uuid) implements OperationResult {
        public Inserted {
            Objects.requireNonNull(uuid, "uuid");
        }
    }

    /** A select succeeded. */
    record Selected(List<Row> rows) implements OperationResult {
        public Selected {
            rows = List.copyOf(rows);
        }
    }

    /** An update, mutate or delete succeeded on {@code count} rows. */
    record Counted(int count) implements OperationResult {
        public Counted {
            if (count < 0) {
                throw new IllegalArgumentException("negative row count " + count);
            }
        }
    }

    /** A wait, commit, comment or assert succeeded (the empty object). */
    record Done() implements OperationResult {
    }

    /** The operation failed; later operations were not attempted. */
    record Failed(OvsdbError error) implements OperationResult {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }

    /** The RFC's {@code null}: not attempted because an earlier operation failed. */
    record NotAttempted() implements OperationResult {
    }
}
