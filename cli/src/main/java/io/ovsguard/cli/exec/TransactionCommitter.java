package io.ovsguard.cli.exec;

import io.ovsguard.cli.format.OvsJson;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.result.OperationResult;
import io.ovsguard.ovsdb.result.OvsdbError;
import io.ovsguard.ovsdb.result.TransactResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Sends a {@link CommitPlan} and reads the reply as the IDL does: a failed guard ({@code timed out}) or an operation
 * skipped after it means "try again"; the dry run's own abort is not an error; any other error fails the run with
 * ovs-vsctl's "transaction error" message (and the warning the IDL logs first).
 */
final class TransactionCommitter {

    private final BlockingOvsdbClient client;
    private final VlogConsole vlog;
    private final CommitHook hook;
    private final boolean guessed;

    /**
     * @param guessed whether the attempt guessed names absent: then an error is the guess refused (the name
     *                indexes), reported as such instead of failing the run
     */
    TransactionCommitter(BlockingOvsdbClient client, VlogConsole vlog, CommitHook hook, boolean guessed) {
        this.client = client;
        this.vlog = vlog;
        this.hook = hook;
        this.guessed = guessed;
    }

    CommitOutcome commit(CommitPlan plan, Deadline deadline) {
        if (!plan.changes()) {
            return CommitOutcome.unchanged();
        }
        if (plan.abortIndex().isEmpty() && hook.commitInstead(client, plan.transaction())) {
            return CommitOutcome.committed(Map.of(), OptionalLong.empty());
        }
        TransactResult result = client.transact(plan.transaction(), deadline.remaining());
        boolean soft = false;
        Optional<OvsdbError> hard = Optional.empty();
        List<OperationResult> results = result.results();
        for (int i = 0; i < results.size(); i++) {
            OperationResult r = results.get(i);
            if (r instanceof OperationResult.NotAttempted) {
                soft = true;
            } else if (r instanceof OperationResult.Failed failed) {
                String error = failed.error().error();
                if (error.equals("timed out") || error.equals("unknown database")) {
                    soft = true;
                } else if (!error.equals("aborted") && hard.isEmpty()) {
                    hard = Optional.of(failed.error());
                }
            }
        }
        if (hard.isEmpty() && result.commitError().isPresent()
                && !result.commitError().get().error().equals("aborted")) {
            hard = result.commitError();
        }
        if (hard.isPresent() && guessed) {
            // nothing was committed; the run that looks the names up meets whatever the error was, and reports it
            return CommitOutcome.refusedGuess();
        }
        if (hard.isPresent()) {
            String json = errorJson(hard.get());
            vlog.warn("ovsdb_idl", "transaction error: " + json);
            throw new CommandFailedException("transaction error: " + json);
        }
        if (soft) {
            return CommitOutcome.retry();
        }
        Map<Uuid, Uuid> inserted = new HashMap<>();
        plan.insertIndexes().forEach((temporary, index) -> {
            if (result.result(index) instanceof OperationResult.Inserted ins) {
                inserted.put(temporary, ins.uuid());
            }
        });
        OptionalLong nextCfg = OptionalLong.empty();
        if (plan.nextCfgSelectIndex().isPresent()
                && result.result(plan.nextCfgSelectIndex().getAsInt()) instanceof OperationResult.Selected sel
                && sel.rows().size() == 1) {
            nextCfg = readInteger(sel.rows().get(0));
        }
        return CommitOutcome.committed(inserted, nextCfg);
    }

    /** An OVSDB error object as OVS prints it in messages: compact JSON with sorted members. */
    static String errorJson(OvsdbError error) {
        Map<String, Object> json = OvsJson.sortedObject();
        error.details().ifPresent(d -> json.put("details", d));
        json.put("error", error.error());
        error.syntax().ifPresent(x -> json.put("syntax", x));
        return OvsJson.write(json, false);
    }

    private static OptionalLong readInteger(Row row) {
        if (row.get("next_cfg").orElse(OvsdbSet.empty()) instanceof OvsdbSet set && set.single().isPresent()) {
            Atom atom = set.single().get();
            if (atom instanceof IntegerAtom integer) {
                return OptionalLong.of(integer.value());
            }
        }
        return OptionalLong.empty();
    }
}
