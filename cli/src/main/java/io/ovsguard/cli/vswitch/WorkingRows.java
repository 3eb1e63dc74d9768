package io.ovsguard.cli.vswitch;

import io.ovsguard.cli.exec.WorkingDatabase;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.List;
import java.util.Optional;

/** The transaction's view of the database as a {@link RowSource}. */
record WorkingRows(WorkingDatabase db) implements RowSource {

    @Override
    public List<RowView> rows(String table) {
        return db.rows(table).stream().<RowView>map(View::new).toList();
    }

    @Override
    public Optional<RowView> row(String table, Uuid uuid) {
        return db.row(table, uuid).map(View::new);
    }

    /** A working row read through the model's interface. */
    private record View(WorkingRow row) implements RowView {
        @Override
        public Uuid uuid() {
            return row.uuid();
        }

        @Override
        public Datum read(String column) {
            return row.read(column);
        }
    }
}
