package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.op.Transaction;

/**
 * Takes over the commit of a command line's transaction. ovsguard's DPDK guard plugs in here, so a guarded change
 * is exactly what the ovs-vsctl commands built (same rows, same checks, same error messages), committed with crash
 * marks, watched and rolled back. A dry run never reaches the hook.
 */
@FunctionalInterface
public interface CommitHook {

    /** The engine commits everything itself, as ovs-vsctl does. */
    CommitHook NONE = (client, transaction) -> false;

    /**
     * Called with the transaction the engine is about to send on {@code client}. Returns true when the hook committed
     * it and waited for ovs-vswitchd itself (the engine then neither sends it nor waits); false lets the engine send
     * it. To end the run with an exit status, throw {@link io.ovsguard.cli.call.ExitStatusException}.
     */
    boolean commitInstead(BlockingOvsdbClient client, Transaction transaction);
}
