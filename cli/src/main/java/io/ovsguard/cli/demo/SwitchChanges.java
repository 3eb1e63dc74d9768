package io.ovsguard.cli.demo;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import java.util.List;
import java.util.Map;

/**
 * Builds the demo's bridge the way ovs-vsctl does: a bridge is an Interface, a Port and a Bridge row plus the root's
 * reference to it. (Its DPDK ports go through the guard, which builds them itself.)
 */
final class SwitchChanges {

    private SwitchChanges() {
    }

    /** {@code add-br NAME -- set Bridge NAME datapath_type=netdev}. Returns the bridge's named uuid. */
    static NamedUuid addNetdevBridge(TransactionBuilder tx, String name) {
        NamedUuid iface = tx.newUuidName("iface");
        tx.insert("Interface", Row.of(Map.of("name", OvsdbSet.ofStrings(name), "type", OvsdbSet.ofStrings("internal"))),
                iface);
        NamedUuid port = tx.newUuidName("port");
        tx.insert("Port", Row.of(Map.of("name", OvsdbSet.ofStrings(name), "interfaces", OvsdbSet.of(Atom.named(iface)))),
                port);
        NamedUuid bridge = tx.newUuidName("bridge");
        tx.insert("Bridge", Row.of(Map.of("name", OvsdbSet.ofStrings(name), "ports", OvsdbSet.of(Atom.named(port)),
                "datapath_type", OvsdbSet.ofStrings("netdev"))), bridge);
        tx.mutate("Open_vSwitch", List.of(), List.of(
                new Mutation("bridges", Mutator.INSERT, OvsdbSet.of(Atom.named(bridge)))));
        return bridge;
    }
}
