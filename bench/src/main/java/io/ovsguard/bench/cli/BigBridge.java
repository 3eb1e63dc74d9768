package io.ovsguard.bench.cli;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.OvsdbClients;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fills an existing bridge with many ports (each with its interface) in one transaction. */
final class BigBridge {

    private BigBridge() {
    }

    static void fill(String remote, String bridge, int ports, String prefix) {
        ClientOptions options = ClientOptions.builder().requestTimeout(Duration.ofMinutes(5)).build();
        try (BlockingOvsdbClient client = OvsdbClients.connectBlocking(remote, options)) {
            DatabaseSchema schema = client.getSchema("Open_vSwitch");
            TransactionBuilder tx = new TransactionBuilder(schema);
            List<Atom> portRefs = new ArrayList<>(ports);
            for (int i = 0; i < ports; i++) {
                NamedUuid iface = tx.newUuidName("i");
                tx.insert("Interface", Row.of(Map.of("name", OvsdbSet.ofStrings(prefix + i))), iface);
                NamedUuid port = tx.newUuidName("p");
                tx.insert("Port", Row.of(Map.of("name", OvsdbSet.ofStrings(prefix + i),
                        "interfaces", OvsdbSet.of(Atom.named(iface)))), port);
                portRefs.add(Atom.named(port));
            }
            tx.mutate("Bridge", List.of(Condition.equal("name", Atom.string(bridge))),
                    List.of(new Mutation("ports", Mutator.INSERT, OvsdbSet.of(portRefs))));
            client.transact(tx.build()).orThrow();
        }
    }
}
