package io.ovsguard.ovsdb.monitor;

/** Which kinds of change a monitor reports (RFC 7047 {@code <monitor-select>}); all true by default. */
public record MonitorSelect(boolean initial, boolean insert, boolean delete, boolean modify) {

    public static final MonitorSelect ALL = new MonitorSelect(true, true, true, true);

    public boolean isAll() {
        return initial && insert && delete && modify;
    }
}
