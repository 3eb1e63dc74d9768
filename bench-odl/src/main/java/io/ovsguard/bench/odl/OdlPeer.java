package io.ovsguard.bench.odl;

import com.google.common.util.concurrent.ListenableFuture;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.opendaylight.ovsdb.lib.OvsdbClient;
import org.opendaylight.ovsdb.lib.impl.NettyBootstrapFactory;
import org.opendaylight.ovsdb.lib.impl.OvsdbConnectionService;
import org.opendaylight.ovsdb.lib.jsonrpc.JsonRpcEndpoint;
import org.opendaylight.ovsdb.lib.notation.Mutator;
import org.opendaylight.ovsdb.lib.notation.UUID;
import org.opendaylight.ovsdb.lib.operations.OperationResult;
import org.opendaylight.ovsdb.lib.operations.Operations;
import org.opendaylight.ovsdb.lib.operations.TransactionBuilder;
import org.opendaylight.ovsdb.lib.schema.DatabaseSchema;
import org.opendaylight.ovsdb.lib.schema.GenericTableSchema;

/**
 * The OpenDaylight OVSDB library doing the benchmark's workloads, run as its own process by the
 * harness so that start-up time and peak memory are measured for the whole program.
 *
 * <p>Usage: {@code OdlPeer HOST PORT MODE COUNT PREFIX} where MODE is {@code pipelined}
 * (COUNT single-row Queue inserts, all sent before waiting), {@code sequential} (COUNT such inserts,
 * one at a time) or {@code bulk} (one transaction adding COUNT ports to bridge br0), or a
 * comma-separated list of them run one after the other on one connection (how a class archive is
 * trained). Prints one {@code RESULT} line per workload with the time from first request to last reply.
 */
public final class OdlPeer {

    private static final int REQUEST_TIMEOUT_MILLIS = 300_000;

    private OdlPeer() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception | Error e) {
            // ODL's non-daemon threads would keep a failed process alive; report in one line and end it
            Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null
                    ? e.getCause() : e;
            System.out.println("FAILED: " + cause);
            System.exit(2);
        }
        // ODL leaves non-daemon threads behind; the harness measures the whole process, so end it here
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        InetAddress host = InetAddress.getByName(args[0]);
        int port = Integer.parseInt(args[1]);
        String mode = args[2];
        int count = Integer.parseInt(args[3]);
        String prefix = args[4];

        // ODL cancels every request still unanswered after its "ovsdb-rpc-task-timeout", 1 s by
        // default, which a loaded machine exceeds in the pipelined run; give it the 5 minutes
        // ovsguard's peer gets, through the library's own setting
        JsonRpcEndpoint.setReaperInterval(REQUEST_TIMEOUT_MILLIS);
        try (NettyBootstrapFactory bootstrap = new NettyBootstrapFactory();
             OvsdbConnectionService service = new OvsdbConnectionService(bootstrap, null)) {
            OvsdbClient client = service.connect(host, port);
            if (client == null) {
                throw new IllegalStateException("could not connect to " + host + ":" + port);
            }
            DatabaseSchema schema = client.getSchema("Open_vSwitch").get(30, TimeUnit.SECONDS);
            for (String token : mode.split(",")) {
                // each workload of a list (the class archive's training run) gets its own names
                String names = mode.contains(",") ? prefix + token.charAt(0) : prefix;
                double seconds = runWorkload(client, schema, token, count, names);
                System.out.printf("RESULT peer=odl mode=%s count=%d seconds=%.6f%n", token, count, seconds);
            }
            client.disconnect();
        }
    }

    /** Runs one workload; its seconds from the first request to the last reply. */
    private static double runWorkload(OvsdbClient client, DatabaseSchema schema, String mode, int count,
            String prefix) throws Exception {
        long start = System.nanoTime();
        if (mode.equals("pipelined")) {
            pipelined(client, schema, count, prefix);
        } else if (mode.equals("sequential")) {
            sequential(client, schema, count, prefix);
        } else if (mode.equals("bulk")) {
            bulk(client, schema, count, prefix);
        } else {
            throw new IllegalArgumentException("unknown mode " + mode);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static TransactionBuilder queueInsert(OvsdbClient client, DatabaseSchema schema, String key) {
        GenericTableSchema queue = schema.table("Queue", GenericTableSchema.class);
        TransactionBuilder tx = client.transactBuilder(schema);
        tx.add(Operations.op.insert(queue)
                .value(queue.multiValuedColumn("external_ids", String.class, String.class), Map.of("bench", key)));
        return tx;
    }

    private static void check(List<OperationResult> results) {
        for (OperationResult result : results) {
            if (result == null || result.getError() != null) {
                throw new IllegalStateException("transaction failed: " + results);
            }
        }
    }

    private static void pipelined(OvsdbClient client, DatabaseSchema schema, int count, String prefix)
            throws Exception {
        List<ListenableFuture<List<OperationResult>>> pending = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            pending.add(queueInsert(client, schema, prefix + i).execute());
        }
        for (ListenableFuture<List<OperationResult>> future : pending) {
            check(future.get(120, TimeUnit.SECONDS));
        }
    }

    private static void sequential(OvsdbClient client, DatabaseSchema schema, int count, String prefix)
            throws Exception {
        for (int i = 0; i < count; i++) {
            check(queueInsert(client, schema, prefix + i).execute().get(30, TimeUnit.SECONDS));
        }
    }

    private static void bulk(OvsdbClient client, DatabaseSchema schema, int count, String prefix) throws Exception {
        GenericTableSchema bridge = schema.table("Bridge", GenericTableSchema.class);
        GenericTableSchema portTable = schema.table("Port", GenericTableSchema.class);
        GenericTableSchema ifaceTable = schema.table("Interface", GenericTableSchema.class);
        TransactionBuilder tx = client.transactBuilder(schema);
        Set<UUID> ports = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String name = prefix + i;
            String ifaceId = "i" + i;
            String portId = "p" + i;
            tx.add(Operations.op.insert(ifaceTable).withId(ifaceId)
                    .value(ifaceTable.column("name", String.class), name));
            tx.add(Operations.op.insert(portTable).withId(portId)
                    .value(portTable.column("name", String.class), name)
                    .value(portTable.multiValuedColumn("interfaces", UUID.class), Set.of(new UUID(ifaceId))));
            ports.add(new UUID(portId));
        }
        tx.add(Operations.op.mutate(bridge)
                .addMutation(bridge.multiValuedColumn("ports", UUID.class), Mutator.INSERT, ports)
                .where(bridge.column("name", String.class).opEqual("br0")).build());
        check(tx.execute().get(300, TimeUnit.SECONDS));
    }
}
