package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import java.util.List;
import java.util.OptionalLong;

/**
 * Waits until ovs-vswitchd has applied a configuration ({@code cur_cfg >= next_cfg}), as ovs-vsctl does after a
 * commit unless {@code --no-wait}. A server-side {@code wait} blocks until some Open_vSwitch row satisfies the
 * condition, so no polling is needed.
 */
final class ReloadWait {

    private final BlockingOvsdbClient client;
    private final String database;

    ReloadWait(BlockingOvsdbClient client, String database) {
        this.client = client;
        this.database = database;
    }

    void await(long nextCfg, Deadline deadline) {
        Condition reached = new Condition("cur_cfg", Function.GREATER_THAN_OR_EQUAL,
                OvsdbSet.of(Atom.integer(nextCfg)));
        Operation wait = new Operation.Wait(CommitAssembler.OPEN_VSWITCH, List.of(reached), List.of(),
                Function.NOT_EQUAL, List.of(), OptionalLong.empty());
        client.transact(new Transaction(database, List.of(wait)), deadline.remaining()).orThrow();
    }
}
