package io.ovsguard.ovsdb.monitor;

import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.Objects;
import java.util.Optional;

/** What a monitor reported for one row. */
public sealed interface RowUpdate {

    /** The row as it is now, if the update tells it in full. */
    Optional<Row> newRow();

    /**
     * A row present when the monitor started. In {@code update2}/{@code update3} columns holding
     * their default value are left out; {@link TableSchema#withDefaults} restores them.
     */
    record Initial(Row row) implements RowUpdate {
        public Initial {
            Objects.requireNonNull(row, "row");
        }

        @Override
        public Optional<Row> newRow() {
            return Optional.of(row);
        }
    }

    /** A row inserted since; default-valued columns are left out as for {@link Initial}. */
    record Inserted(Row row) implements RowUpdate {
        public Inserted {
            Objects.requireNonNull(row, "row");
        }

        @Override
        public Optional<Row> newRow() {
            return Optional.of(row);
        }
    }

    /**
     * A modified row. An {@code update} ({@code monitor}) gives the changed columns' old values and
     * the full new row; an {@code update2}/{@code update3} gives only a diff.
     */
    record Modified(Optional<Row> old, Optional<RowDiff> diff, Optional<Row> newRow) implements RowUpdate {
        public Modified {
            Objects.requireNonNull(old, "old");
            Objects.requireNonNull(diff, "diff");
            Objects.requireNonNull(newRow, "newRow");
            if (diff.isPresent() == newRow.isPresent()) {
                throw new IllegalArgumentException("a modification has either a diff or a new row");
            }
        }

        public static Modified withOldAndNew(Row old, Row newRow) {
            return new Modified(Optional.of(old), Optional.empty(), Optional.of(newRow));
        }

        public static Modified withDiff(RowDiff diff) {
            return new Modified(Optional.empty(), Optional.of(diff), Optional.empty());
        }

        /** The row after this modification, given the row before it. */
        public Row applyTo(Row current, TableSchema table) {
            if (diff.isPresent()) {
                return diff.get().apply(current, table);
            }
            return current.withChanges(newRow.get().columns(), current.version());
        }
    }

    /** A deleted row; {@code old} is its last value where the notification carries it ({@code update} only). */
    record Deleted(Optional<Row> old) implements RowUpdate {
        public Deleted {
            Objects.requireNonNull(old, "old");
        }

        @Override
        public Optional<Row> newRow() {
            return Optional.empty();
        }
    }
}
