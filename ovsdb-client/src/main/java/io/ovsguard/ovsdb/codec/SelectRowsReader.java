package io.ovsguard.ovsdb.codec;

import io.ovsguard.ovsdb.monitor.ColumnArray;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code select} result, {@code {"rows": [<row>, ...]}}, straight from the reply's text into rows, with no
 * JSON tree in between: a listing of a 10,000-port bridge is megabytes of rows, and building the tree first cost
 * more than reading the rows. It reads what {@link ResultParser} reads from the tree, row for row and column for
 * column in the same order, whenever the text is in the form a server writes and every value fits its column;
 * otherwise it reads nothing ({@link #read} is empty) and the tree path reads the result, or words its error.
 * Single use, not thread-safe.
 */
final class SelectRowsReader {

    private final ReplyText in;
    private final DatabaseSchema schema;
    private final String tableName;
    private TableSchema table;
    /** The columns of the last row in member order: rows of one select nearly always repeat it. */
    private final List<ColumnSchema> order = new ArrayList<>();

    private SelectRowsReader(ReplyText in, DatabaseSchema schema, String tableName) {
        this.in = in;
        this.schema = schema;
        this.tableName = tableName;
    }

    /** The rows of a select result and where its text ends. */
    record Read(List<Row> rows, int end) {
    }

    /**
     * The rows of the select result that starts at {@code start} of {@code text} (and ends before {@code limit}),
     * a select of {@code tableName}; empty if the text there is not read here (an error result, a malformed or
     * unusual value), for the tree path to read.
     */
    static Optional<Read> read(String text, int start, int limit, DatabaseSchema schema, String tableName) {
        ReplyText in = new ReplyText(text, start, limit);
        try {
            List<Row> rows = new SelectRowsReader(in, schema, tableName).result();
            return Optional.of(new Read(rows, in.position()));
        } catch (ReplyText.Unreadable unreadable) {
            return Optional.empty();
        }
    }

    private List<Row> result() {
        in.expect('{');
        if (!in.consumeWord("rows")) {
            throw ReplyText.Unreadable.INSTANCE;
        }
        in.expect(':');
        in.expect('[');
        // the tree path looks the table up only for a rows result; a table the schema lacks is left to it
        if (!schema.hasTable(tableName)) {
            throw ReplyText.Unreadable.INSTANCE;
        }
        table = schema.table(tableName);
        List<Row> rows = new ArrayList<>();
        if (!in.consume(']')) {
            do {
                // one row per call: a method is compiled after a few hundred calls, a loop body much later
                rows.add(row());
            } while (in.consume(','));
            in.expect(']');
        }
        in.expect('}');
        return rows;
    }

    /** A {@code <row>}, as {@link RowCodec#decode} reads it: {@code _uuid} and {@code _version} kept apart. */
    private Row row() {
        in.expect('{');
        // the row copies its columns: an array view instead of a hash map per row
        ColumnArray columns = new ColumnArray(order.size());
        Optional<Uuid> uuid = Optional.empty();
        Optional<Uuid> version = Optional.empty();
        if (!in.consume('}')) {
            int member = 0;
            do {
                ColumnSchema column = column(member++);
                in.expect(':');
                if (Row.UUID_COLUMN.equals(column.name())) {
                    uuid = Optional.of(implicitUuid(column, uuid));
                } else if (Row.VERSION_COLUMN.equals(column.name())) {
                    version = Optional.of(implicitUuid(column, version));
                } else {
                    if (isRepeated(column, member - 1)) {
                        // the tree keeps a repeated member's last value in the first place; rare enough to leave
                        throw ReplyText.Unreadable.INSTANCE;
                    }
                    columns.append(column.name(), TextDatumReader.read(in, column.type()));
                }
            } while (in.consume(','));
            in.expect('}');
        }
        return new Row(columns, uuid, version);
    }

    /**
     * Whether the column at member index {@code at} of this row came earlier in the row too. The columns of one
     * table are distinct objects, so they compare by identity: cheaper than the names, and rows have few members.
     */
    private boolean isRepeated(ColumnSchema column, int at) {
        for (int i = 0; i < at; i++) {
            if (order.get(i) == column) {
                return true;
            }
        }
        return false;
    }

    /** The member name at index {@code member} of a row: most often the same column as in the row before. */
    private ColumnSchema column(int member) {
        if (member < order.size()) {
            ColumnSchema expected = order.get(member);
            if (in.consumeWord(expected.name())) {
                return expected;
            }
        }
        ColumnSchema column = table.columns().get(in.string());
        if (column == null) {
            throw ReplyText.Unreadable.INSTANCE;
        }
        if (member < order.size()) {
            order.set(member, column);
        } else if (member == order.size()) {
            order.add(column);
        }
        return column;
    }

    /**
     * The uuid an implicit column's value holds, which must not have been given before in this row: the server's
     * {@code ["uuid", "..."]} read directly, any other form through the datum reader.
     */
    private Uuid implicitUuid(ColumnSchema column, Optional<Uuid> before) {
        if (before.isPresent()) {
            throw ReplyText.Unreadable.INSTANCE;
        }
        if (!in.startsTagged("set")) {
            return TextDatumReader.uuid(in);
        }
        Optional<Atom> single = ((OvsdbSet) TextDatumReader.read(in, column.type())).single();
        if (single.isPresent() && single.get() instanceof UuidAtom atom) {
            return atom.value();
        }
        throw ReplyText.Unreadable.INSTANCE;
    }
}
