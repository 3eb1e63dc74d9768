package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.error.ConnectionLostException;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.result.TransactResult;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.LoggerFactory;

/**
 * Waits until ovs-vswitchd has applied a configuration ({@code cur_cfg >= next_cfg}), as ovs-vsctl does after a
 * commit unless {@code --no-wait}. A server-side {@code wait} blocks until some Open_vSwitch row satisfies the
 * condition, so no polling is needed. When the connection drops meanwhile (the database server restarted), the wait
 * connects again and goes on, as ovs-vsctl's IDL reconnects: the change was committed before the wait began, and the
 * wait itself changes nothing.
 */
final class ReloadWait {

    /** Connects to the database again, trying until the deadline (ovs-vsctl's IDL retries for ever without one). */
    @FunctionalInterface
    interface Reconnector {
        BlockingOvsdbClient reconnect(Deadline deadline);
    }

    private final String database;
    private final Reconnector reconnector;

    ReloadWait(String database, Reconnector reconnector) {
        this.database = database;
        this.reconnector = reconnector;
    }

    /**
     * Waits on {@code client}, connecting again as often as the connection drops, and then runs {@code afterReload}
     * (reads) in the same transaction, right after the {@code wait}; their results follow the wait's in the result.
     */
    TransactResult await(BlockingOvsdbClient client, long nextCfg, Deadline deadline, List<Operation> afterReload) {
        Condition reached = new Condition("cur_cfg", Function.GREATER_THAN_OR_EQUAL,
                OvsdbSet.of(Atom.integer(nextCfg)));
        List<Operation> operations = new ArrayList<>();
        operations.add(new Operation.Wait(CommitAssembler.OPEN_VSWITCH, List.of(reached), List.of(),
                Function.NOT_EQUAL, List.of(), OptionalLong.empty()));
        operations.addAll(afterReload);
        Transaction transaction = new Transaction(database, operations);
        BlockingOvsdbClient current = client;
        try {
            while (true) {
                try {
                    return current.transact(transaction, deadline.remaining()).orThrow();
                } catch (ConnectionLostException e) {
                    LoggerFactory.getLogger(ReloadWait.class).debug("waiting for ovs-vswitchd: {}; connecting again",
                            e.getMessage());
                    if (current != client) {
                        current.close();
                    }
                    current = reconnector.reconnect(deadline);
                }
            }
        } finally {
            if (current != client) {
                current.close();
            }
        }
    }
}
