package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.MonitorSubscription;
import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.error.RequestTimeoutException;
import io.ovsguard.ovsdb.error.RpcErrorException;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import io.ovsguard.ovsdb.monitor.MonitorSelect;
import io.ovsguard.ovsdb.monitor.NonBlockingUpdateListener;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;

/**
 * Reads the declared tables and columns so that every command of a command line sees one consistent state of the
 * database. With row restrictions, the rows linked to the fetched ones and the references of partial columns come
 * in further transactions, as the {@link FetchPlanner} plans them.
 *
 * <p>A first round in parts ({@link FetchPlanner#firstInParts}) goes as one read-only transaction per part, all
 * sent at once, between the start and the cancel of a monitor of the parts' tables and columns that reports no
 * initial rows. ovsdb-server takes a connection's requests one at a time and sends its monitors' reports before it
 * takes the next one, so a change committed while the parts were read is reported before the cancel is answered.
 * Without a report the parts saw one state; with one, the round is read again as one transaction.
 */
final class RowFetcher {

    private final BlockingOvsdbClient client;
    private final DatabaseSchema schema;

    RowFetcher(BlockingOvsdbClient client, DatabaseSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    /**
     * Fetches what the line reads. A line that prints a whole table whose rows' order depends on references it reads
     * ({@link Prerequisites#needsReferenceOrder}) reads every table whole, and walks the rows as the IDL created them.
     */
    WorkingDatabase fetch(Prerequisites prerequisites, Duration timeout) {
        if (prerequisites.needsReferenceOrder(schema)) {
            WorkingDatabase db = fetchAsPlanned(prerequisites.wholeWithReferencedTables(schema), timeout);
            db.orderRowsByReferences();
            return db;
        }
        return fetchAsPlanned(prerequisites, timeout);
    }

    private WorkingDatabase fetchAsPlanned(Prerequisites prerequisites, Duration timeout) {
        // the cheap test first: it is false for every line but a listing of many columns
        if (prerequisites.listsManyColumns() && prerequisites.readsWholeTablesOnly()) {
            // guarded columns included: left at their default, they cost a monitor's reply next to nothing
            Optional<FetchedRows> snapshot = new WholeTableSnapshot(client, schema)
                    .read(prerequisites.withGuardedColumns().asMap(), timeout);
            if (snapshot.isPresent()) {
                return snapshot.get().database(schema, List.of());
            }
        }
        FetchPlanner planner = new FetchPlanner(prerequisites, schema);
        FetchedRows fetched = new FetchedRows(prerequisites.asMap().keySet());
        List<List<FetchPlanner.Query>> parts = planner.firstInParts();
        if (parts.size() == 1 || !runInParts(parts, fetched, timeout)) {
            List<FetchPlanner.Query> first = new ArrayList<>();
            parts.forEach(first::addAll);
            run(first, fetched, timeout);
        }
        List<FetchPlanner.Query> round = planner.next(fetched);
        while (true) {
            if (planner.anyCheckFails(fetched)) {
                // the scoped rows may miss what the commands must see (a port in two bridges): fetch it all
                return fetchAsPlanned(prerequisites.whole(), timeout);
            }
            if (round.isEmpty()) {
                break;
            }
            run(round, fetched, timeout);
            round = planner.next(fetched);
        }
        if (planner.anyGuardSet(fetched)) {
            // the columns left out are needed after all, and every value must come from one transaction
            return fetchAsPlanned(prerequisites.withGuardedColumns(), timeout);
        }
        return fetched.database(schema, planner.partialColumns());
    }

    private void run(List<FetchPlanner.Query> queries, FetchedRows fetched, Duration timeout) {
        TransactResult result = client.transact(transaction(queries), timeout).orThrow();
        file(queries, result, fetched);
    }

    /**
     * Reads the parts as described above and files their rows; false, with nothing filed, if the database changed
     * while they were read or the server refused the monitor.
     */
    private boolean runInParts(List<List<FetchPlanner.Query>> parts, FetchedRows fetched, Duration timeout) {
        AtomicBoolean changed = new AtomicBoolean();
        NonBlockingUpdateListener listener = update -> changed.set(true);
        // all sent before any answer is awaited: the server takes them in this order
        CompletableFuture<MonitorSubscription> monitor = client.async().monitor(schema.name(), MonitorMethod.MONITOR,
                changeMonitor(parts), Optional.empty(), listener);
        List<CompletableFuture<TransactResult>> answers = new ArrayList<>(parts.size());
        for (List<FetchPlanner.Query> part : parts) {
            answers.add(client.async().transact(transaction(part), timeout));
        }
        MonitorSubscription subscription;
        try {
            subscription = answered(monitor, timeout);
        } catch (RpcErrorException e) {
            LoggerFactory.getLogger(RowFetcher.class).debug("reading in one transaction: {}", e.getMessage());
            return false;
        }
        // answered after every part, and after every report of a change made before the last part was read
        answered(client.async().cancelMonitor(subscription), timeout);
        List<TransactResult> results = new ArrayList<>(parts.size());
        for (CompletableFuture<TransactResult> answer : answers) {
            results.add(answered(answer, timeout).orThrow());
        }
        if (changed.get()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            file(parts.get(i), results.get(i), fetched);
        }
        return true;
    }

    /** A monitor of every table and column the parts read, reporting changes only (no initial rows). */
    private static List<MonitorRequest> changeMonitor(List<List<FetchPlanner.Query>> parts) {
        Map<String, Set<String>> columns = new LinkedHashMap<>();
        for (List<FetchPlanner.Query> part : parts) {
            for (FetchPlanner.Query query : part) {
                Set<String> names = columns.computeIfAbsent(query.select().table(), t -> new LinkedHashSet<>());
                query.select().columns().ifPresent(names::addAll);
            }
        }
        MonitorSelect changesOnly = new MonitorSelect(false, true, true, true);
        List<MonitorRequest> requests = new ArrayList<>(columns.size());
        columns.forEach((table, names) -> {
            names.remove(Row.UUID_COLUMN);
            names.remove(Row.VERSION_COLUMN);
            requests.add(new MonitorRequest(table, Optional.of(List.copyOf(names)), changesOnly, Optional.empty()));
        });
        return requests;
    }

    /**
     * The answer to a request sent on this connection: the monitor's comes before the parts', the parts' before
     * the cancel's (a client's request timeout bounds each).
     */
    static <T> T answered(CompletableFuture<T> answer, Duration timeout) {
        try {
            return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new OvsdbException("reading the database failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            // the command line's --timeout (or the request timeout) ran out while the server said nothing
            throw new RequestTimeoutException("no answer from the database within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OvsdbException("interrupted while reading the database", e);
        }
    }

    private Transaction transaction(List<FetchPlanner.Query> queries) {
        List<Operation> operations = new ArrayList<>(queries.size());
        queries.forEach(q -> operations.add(q.select()));
        return new Transaction(schema.name(), operations);
    }

    private static void file(List<FetchPlanner.Query> queries, TransactResult result, FetchedRows fetched) {
        for (int i = 0; i < queries.size(); i++) {
            fetched.add(queries.get(i), result.rows(i));
        }
    }
}
