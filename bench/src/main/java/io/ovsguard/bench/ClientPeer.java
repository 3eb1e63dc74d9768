package io.ovsguard.bench;

import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.OvsdbClients;
import io.ovsguard.ovsdb.direct.DirectOvsdbClients;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * ovsguard's OVSDB client doing the benchmark's workloads, as its own process (so start-up and
 * memory are measured for the whole program). Usage and output as {@link RawPeer}.
 */
public final class ClientPeer {

    /** The system property choosing the transport: {@value #DIRECT} for the Netty-free client, else Netty's. */
    static final String TRANSPORT_PROPERTY = "ovsguard.peer.transport";
    static final String DIRECT = "direct";

    private ClientPeer() {
    }

    /**
     * Usage as {@link RawPeer}; MODE may also be a comma-separated list of workloads, run one after
     * the other on one connection (each with its own prefix), which is how the class archive is trained.
     */
    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[3]);
        String prefix = args[4];
        ClientOptions options = ClientOptions.builder().requestTimeout(Duration.ofMinutes(5)).build();
        String remote = "tcp:" + host + ":" + port;
        boolean direct = DIRECT.equals(System.getProperty(TRANSPORT_PROPERTY));
        try (OvsdbClient client = direct ? DirectOvsdbClients.connect(new ConnectionSpec.Tcp(host, port), options)
                : OvsdbClients.connect(remote, options).get(30, TimeUnit.SECONDS)) {
            DatabaseSchema schema = client.getSchema("Open_vSwitch").get(30, TimeUnit.SECONDS);
            for (String token : args[2].split(",")) {
                Workload mode = Workload.parse(token);
                double seconds = run(client, schema, mode, count, prefix + mode.token().charAt(0));
                String peer = direct ? "ovsguard-direct" : "ovsguard";
                System.out.printf("RESULT peer=%s mode=%s count=%d seconds=%.6f%n", peer, mode.token(), count, seconds);
            }
        }
    }

    /** Runs one workload; its seconds from the first request to the last reply. */
    private static double run(OvsdbClient client, DatabaseSchema schema, Workload mode, int count, String prefix)
            throws Exception {
        long start = System.nanoTime();
        if (mode == Workload.PIPELINED) {
            List<CompletableFuture<TransactResult>> pending = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                pending.add(client.transact(queueInsert(schema, prefix + i)));
            }
            for (CompletableFuture<TransactResult> result : pending) {
                result.get(5, TimeUnit.MINUTES).orThrow();
            }
        } else if (mode == Workload.SEQUENTIAL) {
            for (int i = 0; i < count; i++) {
                client.transact(queueInsert(schema, prefix + i)).get(30, TimeUnit.SECONDS).orThrow();
            }
        } else {
            client.transact(bulkAddPorts(schema, count, prefix)).get(5, TimeUnit.MINUTES).orThrow();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static io.ovsguard.ovsdb.op.Transaction queueInsert(DatabaseSchema schema, String key) {
        TransactionBuilder tx = new TransactionBuilder(schema);
        tx.insert("Queue", Row.of(Map.of("external_ids", OvsdbMap.ofStrings(Map.of("bench", key)))));
        return tx.build();
    }

    /** Adds an Interface and a Port row named {@code name}; returns the port's uuid-name. */
    private static NamedUuid addPort(TransactionBuilder tx, String name) {
        NamedUuid iface = tx.newUuidName("i");
        tx.insert("Interface", Row.of(Map.of("name", OvsdbSet.ofStrings(name))), iface);
        NamedUuid port = tx.newUuidName("p");
        tx.insert("Port", Row.of(Map.of("name", OvsdbSet.ofStrings(name), "interfaces", OvsdbSet.of(Atom.named(iface)))),
                port);
        return port;
    }

    private static io.ovsguard.ovsdb.op.Transaction bulkAddPorts(DatabaseSchema schema, int count, String prefix) {
        TransactionBuilder tx = new TransactionBuilder(schema);
        List<Atom> ports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ports.add(Atom.named(addPort(tx, prefix + i)));
        }
        tx.mutate("Bridge", List.of(Condition.equal("name", Atom.string("br0"))),
                List.of(new Mutation("ports", Mutator.INSERT, OvsdbSet.of(ports))));
        return tx.build();
    }
}
