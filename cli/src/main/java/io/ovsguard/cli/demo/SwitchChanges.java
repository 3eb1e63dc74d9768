package io.ovsguard.cli.demo;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the OVSDB operations of the demo's changes the way ovs-vsctl does: a bridge is an
 * Interface, a Port and a Bridge row plus the root's reference to it; a port is an Interface and a
 * Port row plus the bridge's reference; and every change bumps {@code next_cfg} so ovs-vswitchd's
 * {@code cur_cfg} tells when it has been applied.
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

    /** {@code add-port BRIDGE NAME -- set Interface NAME type=dpdk options:dpdk-devargs=DEVARGS [mtu_request=MTU]}. */
    static void addDpdkPort(TransactionBuilder tx, String bridge, String name, String devargs, Long mtuRequest) {
        Map<String, io.ovsguard.ovsdb.notation.Datum> iface = new LinkedHashMap<>();
        iface.put("name", OvsdbSet.ofStrings(name));
        iface.put("type", OvsdbSet.ofStrings("dpdk"));
        iface.put("options", OvsdbMap.ofStrings(Map.of("dpdk-devargs", devargs)));
        if (mtuRequest != null) {
            iface.put("mtu_request", OvsdbSet.of(Atom.integer(mtuRequest)));
        }
        NamedUuid ifaceId = tx.newUuidName("iface");
        tx.insert("Interface", Row.of(iface), ifaceId);
        NamedUuid port = tx.newUuidName("port");
        tx.insert("Port", Row.of(Map.of("name", OvsdbSet.ofStrings(name), "interfaces", OvsdbSet.of(Atom.named(ifaceId)))),
                port);
        tx.mutate("Bridge", List.of(Condition.equal("name", Atom.string(bridge))), List.of(
                new Mutation("ports", Mutator.INSERT, OvsdbSet.of(Atom.named(port)))));
    }

    /** Asks ovs-vswitchd to reconfigure: it copies next_cfg to cur_cfg once it has applied the database. */
    static void bumpNextCfg(TransactionBuilder tx) {
        tx.mutate("Open_vSwitch", List.of(), List.of(new Mutation("next_cfg", Mutator.ADD, OvsdbSet.of(Atom.integer(1)))));
    }
}
