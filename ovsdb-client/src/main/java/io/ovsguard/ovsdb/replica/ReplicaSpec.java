package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.monitor.MonitorRequest;
import java.util.List;
import java.util.Objects;

/**
 * What a replica copies: a database and, per table, which columns and (for servers with conditional
 * monitoring) which rows. No requests means every column of every table.
 */
public record ReplicaSpec(String database, List<MonitorRequest> requests) {

    public ReplicaSpec {
        Objects.requireNonNull(database, "database");
        requests = List.copyOf(requests);
        long tables = requests.stream().map(MonitorRequest::table).distinct().count();
        if (tables != requests.size()) {
            throw new IllegalArgumentException("one request per table, please: " + requests);
        }
    }

    /** Every column of every table of {@code database}. */
    public static ReplicaSpec allTables(String database) {
        return new ReplicaSpec(database, List.of());
    }

    public static ReplicaSpec of(String database, List<MonitorRequest> requests) {
        return new ReplicaSpec(database, requests);
    }
}
