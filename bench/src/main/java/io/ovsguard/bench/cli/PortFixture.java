package io.ovsguard.bench.cli;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.OvsdbClients;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.List;
import java.util.Map;

/**
 * Puts a port in the state a measured call needs (there or not) between the calls, through the benchmark's own
 * connection to the server. Neither contender does it: done by ovs-vsctl, as before session 8, every repair on the
 * 10,000-port bridge was another 300 ms ovs-vsctl process right before each measured call, which left the caches
 * warm for ovs-vsctl and cold for ovsguard (about 2 ms of ovsguard's time there). A port is added as
 * {@code ovs-vsctl add-port} adds it (a port and an interface of its name, every other column at its default) and
 * removed from every bridge, the server collecting its rows. Not thread-safe; closes its connection.
 */
final class PortFixture implements AutoCloseable {

    private static final String DATABASE = "Open_vSwitch";

    private final String remote;
    private final BlockingOvsdbClient client;
    private final DatabaseSchema schema;

    private PortFixture(String remote, BlockingOvsdbClient client) {
        this.remote = remote;
        this.client = client;
        this.schema = client.getSchema(DATABASE);
    }

    static PortFixture connect(String remote) {
        BlockingOvsdbClient client = OvsdbClients.connectBlocking(remote, ClientOptions.builder().build());
        try {
            return new PortFixture(remote, client);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /**
     * Returns once the server has finished with the clients that left before this call. After ovs-vsctl's call on
     * the 10,000-port bridge the server spends about 8 ms freeing that client's monitor of every row, and a call
     * that connects meanwhile waits for it. The server serves its connections in the order they came, so an answer
     * on a new connection comes after that work.
     */
    void settle() {
        try (BlockingOvsdbClient probe = OvsdbClients.connectBlocking(remote, ClientOptions.builder().build())) {
            probe.listDatabases();
        }
    }

    /** Makes {@code port} a port of {@code bridge} ({@code present}) or no port at all. */
    void ensure(String bridge, String port, boolean present) {
        List<Uuid> existing = portUuids(port);
        if (present && existing.isEmpty()) {
            add(bridge, port);
        } else if (!present && !existing.isEmpty()) {
            remove(existing);
        }
    }

    private List<Uuid> portUuids(String port) {
        TransactionBuilder tx = new TransactionBuilder(schema);
        tx.select("Port", List.of(Condition.equal("name", Atom.string(port))), List.of(Row.UUID_COLUMN));
        return client.transact(tx.build()).orThrow().rows(0).stream().map(row -> row.uuid().orElseThrow()).toList();
    }

    private void add(String bridge, String port) {
        TransactionBuilder tx = new TransactionBuilder(schema);
        NamedUuid iface = tx.newUuidName("i");
        tx.insert("Interface", Row.of(Map.of("name", OvsdbSet.ofStrings(port))), iface);
        NamedUuid portRow = tx.newUuidName("p");
        tx.insert("Port", Row.of(Map.of("name", OvsdbSet.ofStrings(port), "interfaces",
                OvsdbSet.of(Atom.named(iface)))), portRow);
        tx.mutate("Bridge", List.of(Condition.equal("name", Atom.string(bridge))),
                List.of(new Mutation("ports", Mutator.INSERT, OvsdbSet.of(Atom.named(portRow)))));
        client.transact(tx.build()).orThrow();
    }

    private void remove(List<Uuid> ports) {
        TransactionBuilder tx = new TransactionBuilder(schema);
        tx.mutate("Bridge", List.of(), List.of(new Mutation("ports", Mutator.DELETE,
                OvsdbSet.of(ports.stream().map(Atom::uuid).toList()))));
        client.transact(tx.build()).orThrow();
    }

    @Override
    public void close() {
        client.close();
    }
}
