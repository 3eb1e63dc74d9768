package io.ovsguard.cli.vswitch;

import io.ovsguard.cli.exec.WorkingDatabase;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The transaction's view of the database as a {@link RowSource}. */
record WorkingRows(WorkingDatabase db) implements RowSource {

    @Override
    public List<RowView> rows(String table) {
        List<WorkingRow> rows = db.rows(table);
        List<RowView> views = new ArrayList<>(rows.size());
        for (WorkingRow row : rows) {
            views.add(new View(row));
        }
        return Collections.unmodifiableList(views);
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
            return row.readForSwitchPicture(column);
        }
    }
}
