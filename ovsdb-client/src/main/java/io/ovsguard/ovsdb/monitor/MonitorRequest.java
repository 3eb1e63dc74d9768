package io.ovsguard.ovsdb.monitor;

import io.ovsguard.ovsdb.op.Condition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to watch in one table: which columns (all if absent), which kinds of change, and for
 * {@code monitor_cond}/{@code monitor_cond_since} which rows ({@code where}; all rows if absent).
 */
public record MonitorRequest(String table, Optional<List<String>> columns, MonitorSelect select,
        Optional<List<Condition>> where) {

    public MonitorRequest {
        Objects.requireNonNull(table, "table");
        columns = columns.map(List::copyOf);
        Objects.requireNonNull(select, "select");
        where = where.map(List::copyOf);
    }

    /** Every column and every change of {@code table}. */
    public static MonitorRequest allOf(String table) {
        return new MonitorRequest(table, Optional.empty(), MonitorSelect.ALL, Optional.empty());
    }

    /** Every change of {@code columns} of {@code table}. */
    public static MonitorRequest columnsOf(String table, List<String> columns) {
        return new MonitorRequest(table, Optional.of(columns), MonitorSelect.ALL, Optional.empty());
    }

    public MonitorRequest withSelect(MonitorSelect newSelect) {
        return new MonitorRequest(table, columns, newSelect, where);
    }

    public MonitorRequest withWhere(List<Condition> newWhere) {
        return new MonitorRequest(table, columns, select, Optional.of(newWhere));
    }
}
