package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.validator.vswitchd.InterfaceState;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Interface rows whose state tells whether a change worked: those it inserted or wrote, and, when it wrote the
 * root row's other_config, every DPDK interface that worked before (a reconfiguration may take them down).
 */
final class ObservedInterfaces {

    private static final String INTERFACE = "Interface";

    private ObservedInterfaces() {
    }

    static List<Uuid> of(CommitPlan plan, TransactResult commit, DatabaseSnapshot before) {
        Set<Uuid> out = new LinkedHashSet<>();
        for (CommitPlan.PlannedInsert insert : plan.inserted()) {
            if (insert.table().equals(INTERFACE)) {
                out.add(commit.uuidOf(insert.name()));
            }
        }
        boolean rootWritten = false;
        for (RowKey key : plan.modified().keySet()) {
            if (key.table().equals(INTERFACE)) {
                out.add(key.uuid());
            }
            rootWritten |= key.table().equals("Open_vSwitch");
        }
        if (rootWritten) {
            for (Map.Entry<Uuid, Row> row : before.rows(INTERFACE).entrySet()) {
                InterfaceState state = InterfaceRows.state(row.getValue());
                if (state.type().equals("dpdk") && state.healthy()) {
                    out.add(row.getKey());
                }
            }
        }
        return List.copyOf(out);
    }
}
