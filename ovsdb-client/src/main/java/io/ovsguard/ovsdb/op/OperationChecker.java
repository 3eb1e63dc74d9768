package io.ovsguard.ovsdb.op;

import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Checks one operation against the schema the way ovsdb-server would parse it: tables, columns,
 * value types, and which functions and mutators a column type admits.
 */
final class OperationChecker {

    private final DatabaseSchema schema;

    OperationChecker(DatabaseSchema schema) {
        this.schema = schema;
    }

    void check(Operation operation) {
        if (operation instanceof Operation.Insert insert) {
            TableSchema table = schema.table(insert.table());
            if (insert.row().uuid().isPresent() || insert.row().version().isPresent()) {
                throw new SchemaException("insert into " + table.name() + ": the server assigns _uuid and _version");
            }
            checkRow(table, insert.row(), false);
        } else if (operation instanceof Operation.Select select) {
            TableSchema table = schema.table(select.table());
            checkWhere(table, select.where());
            select.columns().ifPresent(columns -> columns.forEach(table::column));
        } else if (operation instanceof Operation.Update update) {
            TableSchema table = schema.table(update.table());
            checkWhere(table, update.where());
            checkRow(table, update.row(), true);
        } else if (operation instanceof Operation.Mutate mutate) {
            TableSchema table = schema.table(mutate.table());
            checkWhere(table, mutate.where());
            mutate.mutations().forEach(m -> checkMutation(table, m));
        } else if (operation instanceof Operation.Delete delete) {
            checkWhere(schema.table(delete.table()), delete.where());
        } else if (operation instanceof Operation.Wait wait) {
            TableSchema table = schema.table(wait.table());
            checkWhere(table, wait.where());
            wait.columns().forEach(table::column);
            for (Row row : wait.rows()) {
                for (String column : row.columnNames()) {
                    if (!wait.columns().contains(column)) {
                        throw new SchemaException("wait on " + table.name() + ": row has column " + column
                                + " that is not in the wait's columns " + wait.columns());
                    }
                    table.column(column).validate(row.columns().get(column));
                }
            }
        }
        // commit, abort, comment and assert name nothing in the schema
    }

    private static void checkRow(TableSchema table, Row row, boolean isUpdate) {
        row.columns().forEach(new RowCheck(table, isUpdate));
    }

    /**
     * Checks each column of a row. A class rather than a capturing lambda: a large transaction checks a row per
     * operation, and on a JVM that only runs C1 (a short-lived client) creating the lambda costs more than the
     * check of a small row.
     */
    private static final class RowCheck implements BiConsumer<String, Datum> {
        private final TableSchema table;
        private final boolean isUpdate;

        RowCheck(TableSchema table, boolean isUpdate) {
            this.table = table;
            this.isUpdate = isUpdate;
        }

        @Override
        public void accept(String name, Datum datum) {
            ColumnSchema column = table.column(name);
            if (isUpdate && !column.mutable()) {
                throw new SchemaException("column " + name + " of table " + table.name()
                        + " is immutable and cannot be updated");
            }
            column.validate(datum);
        }
    }

    private static void checkWhere(TableSchema table, List<Condition> where) {
        for (Condition condition : where) {
            ColumnSchema column = table.column(condition.column());
            ColumnType type = column.type();
            Function function = condition.function();
            if (function.isRelational()) {
                boolean numeric = type.key().type() == AtomType.INTEGER || type.key().type() == AtomType.REAL;
                if (!(type.isScalar() || type.isOptional()) || !numeric) {
                    throw new SchemaException("\"" + function + "\" may not be applied to column " + column.name()
                            + " of type " + type);
                }
            } else if (function == Function.INCLUDES && !type.isScalar()) {
                type = type.withCounts(0, type.max());
            } else if (function == Function.EXCLUDES && !type.isScalar()) {
                type = type.withCounts(0, ColumnType.UNLIMITED);
            }
            type.problemWith(condition.value()).ifPresent(problem -> {
                throw new SchemaException("condition on column " + column.name() + ": " + problem);
            });
        }
    }

    private static void checkMutation(TableSchema table, Mutation mutation) {
        ColumnSchema column = table.column(mutation.column());
        if (!column.mutable() || column.isImplicit()) {
            throw new SchemaException("column " + column.name() + " of table " + table.name()
                    + " is immutable and cannot be mutated");
        }
        ColumnType type = column.type();
        Mutator mutator = mutation.mutator();
        ColumnType argumentType;
        if (mutator.isArithmetic()) {
            AtomType atomType = type.key().type();
            boolean numeric = atomType == AtomType.INTEGER || (atomType == AtomType.REAL && mutator != Mutator.MODULO);
            if (type.isMap() || !numeric) {
                throw mismatch(column, mutator);
            }
            argumentType = ColumnType.scalar(type.key().unconstrained());
        } else {
            if (!type.isSet() && !type.isMap()) {
                throw mismatch(column, mutator);
            }
            argumentType = type.withCounts(0, mutator == Mutator.DELETE ? ColumnType.UNLIMITED : type.max());
            if (mutator == Mutator.DELETE && type.isMap() && mutation.value() instanceof OvsdbSet) {
                // deleting from a map by key alone
                argumentType = ColumnType.set(type.key(), 0, ColumnType.UNLIMITED);
            }
        }
        argumentType.problemWith(mutation.value()).ifPresent(problem -> {
            throw new SchemaException("mutation " + mutator + " of column " + column.name() + ": " + problem);
        });
    }

    private static SchemaException mismatch(ColumnSchema column, Mutator mutator) {
        return new SchemaException("mutator \"" + mutator + "\" may not be applied to column " + column.name()
                + " of type " + column.type());
    }
}
