package io.ovsguard.cli.db;

import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.cli.format.Cell;
import io.ovsguard.cli.format.OutputTable;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns {@code list} and {@code find} print: {@code _uuid} and every column in name order, or those
 * {@code --columns} names ({@code _uuid} included), and how to turn a row into their cells.
 *
 * @param columns the columns in print order; empty stands for {@code _uuid}
 */
record ListedColumns(List<Optional<ColumnSchema>> columns) {

    private static final ColumnType UUID_TYPE = ColumnType.scalar(BaseType.of(AtomType.UUID));

    static ListedColumns of(TableSchema table, Optional<String> names) {
        List<Optional<ColumnSchema>> columns = new ArrayList<>();
        if (names.isEmpty()) {
            columns.add(Optional.empty());
            table.userColumns().stream()
                    .sorted((a, b) -> Arrays.compare(a.name().getBytes(StandardCharsets.UTF_8),
                            b.name().getBytes(StandardCharsets.UTF_8)))
                    .forEach(c -> columns.add(Optional.of(c)));
            return new ListedColumns(columns);
        }
        for (String name : names.get().split("[, ]")) {
            if (name.isEmpty()) {
                continue;
            }
            columns.add(name.equalsIgnoreCase("_uuid") ? Optional.empty()
                    : Optional.of(SchemaNames.column(table, name)));
        }
        if (columns.isEmpty()) {
            throw new CommandFailedException("must specify at least one column name");
        }
        return new ListedColumns(columns);
    }

    List<String> names() {
        return columns.stream().filter(Optional::isPresent).map(c -> c.get().name()).toList();
    }

    OutputTable newTable() {
        return new OutputTable(columns.stream().map(c -> c.map(ColumnSchema::name).orElse("_uuid")).toList());
    }

    void addRow(OutputTable table, WorkingRow row) {
        List<Cell> cells = new ArrayList<>();
        for (Optional<ColumnSchema> column : columns) {
            if (column.isEmpty()) {
                cells.add(new Cell(OvsdbSet.of(Atom.uuid(row.uuid())), UUID_TYPE));
            } else {
                cells.add(new Cell(row.read(column.get().name()), column.get().type()));
            }
        }
        table.addRow(cells);
    }
}
