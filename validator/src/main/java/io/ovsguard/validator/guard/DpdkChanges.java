package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.validator.source.SwitchConfigReader;
import io.ovsguard.validator.switchconf.ConfigChange;
import io.ovsguard.validator.switchconf.ProposedChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Ready-made guarded requests for the changes a controller makes to a DPDK switch, built the way ovs-vsctl builds
 * them (an add-port is an Interface and a Port row plus the bridge's reference), each with the {@code wait} on what
 * it read. Pass the result to {@link GuardedCommit#apply}.
 */
public final class DpdkChanges {

    private DpdkChanges() {
    }

    /**
     * {@code add-port BRIDGE PORT -- set Interface PORT type=dpdk options:K=V... [mtu_request=N]}; {@code options}
     * must hold {@code dpdk-devargs}.
     *
     * @throws IllegalArgumentException if there is no such bridge
     */
    public static GuardRequest addPort(BlockingOvsdbClient client, String bridge, String port,
                                       Map<String, String> options, OptionalLong mtuRequest, GuardOptions guard) {
        DatabaseSchema schema = client.getSchema(SwitchConfigReader.DATABASE);
        Row bridgeRow = one(client, schema, "Bridge", "name", bridge, "no bridge named " + bridge);
        TransactionBuilder tx = new TransactionBuilder(schema);
        Map<String, Datum> iface = new LinkedHashMap<>();
        iface.put("name", OvsdbSet.ofStrings(port));
        iface.put("type", OvsdbSet.ofStrings("dpdk"));
        iface.put("options", OvsdbMap.ofStrings(options));
        mtuRequest.ifPresent(mtu -> iface.put("mtu_request", OvsdbSet.of(Atom.integer(mtu))));
        NamedUuid ifaceName = tx.newUuidName("iface");
        tx.insert("Interface", Row.of(iface), ifaceName);
        NamedUuid portName = tx.newUuidName("port");
        tx.insert("Port", Row.of(Map.of("name", OvsdbSet.ofStrings(port), "interfaces",
                OvsdbSet.of(Atom.named(ifaceName)))), portName);
        tx.mutate("Bridge", List.of(Condition.uuidIs(bridgeRow.uuid().orElseThrow())), List.of(
                new Mutation("ports", Mutator.INSERT, OvsdbSet.of(Atom.named(portName)))));
        ProposedChange change = ProposedChange.of(new ConfigChange.AddPort(bridge, port, "dpdk", options,
                mtuRequest));
        Operation.Wait read = waitFor("Bridge", bridgeRow, List.of("name", "ports"));
        return new GuardRequest(change, tx.build().operations(), List.of(read), guard);
    }

    /** {@code set Interface NAME mtu_request=MTU}. */
    public static GuardRequest setMtuRequest(BlockingOvsdbClient client, String iface, long mtu, GuardOptions guard) {
        DatabaseSchema schema = client.getSchema(SwitchConfigReader.DATABASE);
        Row row = one(client, schema, "Interface", "name", iface, "no interface named " + iface);
        TransactionBuilder tx = new TransactionBuilder(schema);
        tx.update("Interface", List.of(Condition.uuidIs(row.uuid().orElseThrow())),
                Row.of(Map.of("mtu_request", OvsdbSet.of(Atom.integer(mtu)))));
        return new GuardRequest(ProposedChange.of(ConfigChange.SetInterface.mtu(iface, mtu)),
                tx.build().operations(), List.of(waitFor("Interface", row, List.of("name"))), guard);
    }

    /** {@code set Open_vSwitch . other_config:K=V...}. */
    public static GuardRequest setOtherConfig(BlockingOvsdbClient client, Map<String, String> values,
                                              GuardOptions guard) {
        DatabaseSchema schema = client.getSchema(SwitchConfigReader.DATABASE);
        TransactionBuilder tx = new TransactionBuilder(schema);
        tx.mutate("Open_vSwitch", List.of(), List.of(
                new Mutation("other_config", Mutator.DELETE, OvsdbSet.ofStrings(values.keySet().toArray(String[]::new))),
                new Mutation("other_config", Mutator.INSERT, OvsdbMap.ofStrings(values))));
        return new GuardRequest(ProposedChange.of(new ConfigChange.SetOtherConfig(values, Set.of())),
                tx.build().operations(), List.of(), guard);
    }

    private static Row one(BlockingOvsdbClient client, DatabaseSchema schema, String table, String column,
                           String value, String missing) {
        TransactionBuilder tx = new TransactionBuilder(schema);
        int select = tx.select(table, List.of(Condition.equal(column, Atom.string(value))));
        List<Row> rows = client.transact(tx.build()).orThrow().rows(select);
        if (rows.size() != 1) {
            throw new IllegalArgumentException(missing);
        }
        return rows.get(0);
    }

    private static Operation.Wait waitFor(String table, Row row, List<String> columns) {
        Map<String, Datum> values = new LinkedHashMap<>();
        columns.forEach(c -> values.put(c, row.get(c).orElseThrow()));
        return new Operation.Wait(table, List.of(Condition.uuidIs(row.uuid().orElseThrow())), columns,
                Function.EQUAL, List.of(Row.of(values)), OptionalLong.of(0));
    }
}
