package io.ovsguard.it.cli.vsctl;

import com.google.gson.JsonObject;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.SandboxSpec;
import java.util.ArrayList;
import java.util.List;

/** Two fresh ovsdb-only sandboxes (no ovs-vswitchd) and the harness's connections to them. */
final class DifferentialServers implements AutoCloseable {

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final ServerSide reference;
    private final ServerSide candidate;

    DifferentialServers() {
        try {
            reference = side();
            candidate = side();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private ServerSide side() {
        OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.ovsdbOnly());
        resources.add(sandbox);
        RawOvsdbConnection connection = new RawOvsdbConnection(sandbox.dbSocket());
        resources.add(connection);
        JsonObject tables = connection.schema().getAsJsonObject("tables");
        return new ServerSide(sandbox.dir(), connection, List.copyOf(tables.keySet()));
    }

    ServerSide reference() {
        return reference;
    }

    ServerSide candidate() {
        return candidate;
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("closing " + resources.get(i) + " failed", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        resources.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
