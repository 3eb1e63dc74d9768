package io.ovsguard.it.cli.db;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import java.util.List;
import java.util.Optional;

/** What the tests that play ovs-vswitchd read of the switch and of its reports. */
final class OpenVswitchRow {

    private OpenVswitchRow() {
    }

    /** The Open_vSwitch row, every column. */
    static Row read(BlockingOvsdbClient client) {
        return client.transact(new Transaction("Open_vSwitch",
                List.of(new Operation.Select("Open_vSwitch", List.of(), Optional.empty())))).rows(0).get(0);
    }

    /** An integer column of {@code row} ({@code next_cfg}, {@code cur_cfg}). */
    static long integer(Row row, String column) {
        return ((IntegerAtom) ((OvsdbSet) row.get(column).orElseThrow()).single().orElseThrow()).value();
    }

    /** stderr with the log directory ovs-vsctl names taken out: it differs with the environment, the rest must not. */
    static String withoutLogDirectory(String stderr) {
        return stderr.replaceAll("directory is \"[^\"]*\"", "directory is LOGDIR");
    }
}
