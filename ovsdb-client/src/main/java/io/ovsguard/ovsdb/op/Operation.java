package io.ovsguard.ovsdb.op;

import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** One RFC 7047 section 5.2 operation. Each record carries only the members its operation has. */
public sealed interface Operation {

    /** The wire name, the value of the {@code "op"} member. */
    String op();

    /** Inserts {@code row}; {@code uuidName} lets later operations refer to the new row. */
    record Insert(String table, Row row, Optional<NamedUuid> uuidName, Optional<Uuid> uuid) implements Operation {
        public Insert {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(uuidName, "uuidName");
            Objects.requireNonNull(uuid, "uuid");
        }

        /** An insert whose uuid the server chooses. */
        public Insert(String table, Row row, Optional<NamedUuid> uuidName) {
            this(table, row, uuidName, Optional.empty());
        }

        @Override
        public String op() {
            return "insert";
        }
    }

    /** Reads the rows matching {@code where}; all columns unless {@code columns} is given. */
    record Select(String table, List<Condition> where, Optional<List<String>> columns) implements Operation {
        public Select {
            Objects.requireNonNull(table, "table");
            where = List.copyOf(where);
            columns = columns.map(List::copyOf);
        }

        @Override
        public String op() {
            return "select";
        }
    }

    /** Sets the columns of {@code row} in every row matching {@code where}. */
    record Update(String table, List<Condition> where, Row row) implements Operation {
        public Update {
            Objects.requireNonNull(table, "table");
            where = List.copyOf(where);
            Objects.requireNonNull(row, "row");
        }

        @Override
        public String op() {
            return "update";
        }
    }

    /** Applies {@code mutations} to every row matching {@code where}. */
    record Mutate(String table, List<Condition> where, List<Mutation> mutations) implements Operation {
        public Mutate {
            Objects.requireNonNull(table, "table");
            where = List.copyOf(where);
            mutations = List.copyOf(mutations);
        }

        @Override
        public String op() {
            return "mutate";
        }
    }

    /** Deletes every row matching {@code where}. */
    record Delete(String table, List<Condition> where) implements Operation {
        public Delete {
            Objects.requireNonNull(table, "table");
            where = List.copyOf(where);
        }

        @Override
        public String op() {
            return "delete";
        }
    }

    /**
     * Waits until the {@code columns} of the rows matching {@code where} are ({@code ==}) or are not
     * ({@code !=}) exactly {@code rows}, failing with "timed out" after {@code timeoutMs}.
     */
    record Wait(String table, List<Condition> where, List<String> columns, Function until, List<Row> rows,
            OptionalLong timeoutMs) implements Operation {
        public Wait {
            Objects.requireNonNull(table, "table");
            where = List.copyOf(where);
            columns = List.copyOf(columns);
            Objects.requireNonNull(until, "until");
            if (until != Function.EQUAL && until != Function.NOT_EQUAL) {
                throw new IllegalArgumentException("wait until must be == or !=, not " + until);
            }
            rows = List.copyOf(rows);
            Objects.requireNonNull(timeoutMs, "timeoutMs");
            if (timeoutMs.isPresent() && timeoutMs.getAsLong() < 0) {
                throw new IllegalArgumentException("negative wait timeout " + timeoutMs.getAsLong());
            }
        }

        @Override
        public String op() {
            return "wait";
        }
    }

    /** Commits; with {@code durable} the server syncs to disk before replying. */
    record Commit(boolean durable) implements Operation {
        @Override
        public String op() {
            return "commit";
        }
    }

    /** Aborts the transaction; it always fails with "aborted". */
    record Abort() implements Operation {
        @Override
        public String op() {
            return "abort";
        }
    }

    /** Records {@code text} in the database log with the transaction. */
    record Comment(String text) implements Operation {
        public Comment {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String op() {
            return "comment";
        }
    }

    /** Fails with "not owner" unless this session owns {@code lock}. */
    record Assert(String lock) implements Operation {
        public Assert {
            Objects.requireNonNull(lock, "lock");
        }

        @Override
        public String op() {
            return "assert";
        }
    }
}
