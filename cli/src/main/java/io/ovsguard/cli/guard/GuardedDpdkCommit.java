package io.ovsguard.cli.guard;

import io.ovsguard.cli.app.CliStreams;
import io.ovsguard.cli.parse.GlobalOptions;
import io.ovsguard.cli.parse.UsageException;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.validator.guard.DpdkChanges;
import io.ovsguard.validator.guard.GuardOptions;
import io.ovsguard.validator.guard.GuardRequest;
import io.ovsguard.validator.guard.GuardedCommit;
import io.ovsguard.validator.source.SwitchConfigReader;
import io.ovsguard.validator.switchconf.ConfigChange;
import io.ovsguard.validator.switchconf.ProposedChange;
import java.util.List;
import java.util.Optional;

/**
 * Commits a DPDK change through the guard: validate, one transaction with crash marks and {@code wait}s on what it
 * read, wait for ovs-vswitchd, and roll back if a port failed. Covers the lines the guard's request builders can
 * express word for word (a DPDK add-port with its Interface columns, an MTU change, other_config memory keys).
 */
final class GuardedDpdkCommit {

    private GuardedDpdkCommit() {
    }

    /** Whether {@code change} is one of the forms the guard's request builders express. */
    static boolean expressible(ProposedChange change) {
        if (change.changes().size() != 1) {
            return false;
        }
        ConfigChange only = change.changes().get(0);
        if (only instanceof ConfigChange.AddPort add) {
            return add.type().equals("dpdk");
        }
        if (only instanceof ConfigChange.SetInterface set) {
            return set.options().isEmpty() && set.mtuRequest().isPresent();
        }
        return only instanceof ConfigChange.SetOtherConfig other && other.removed().isEmpty();
    }

    static int run(ProposedChange change, GlobalOptions options, CliStreams streams) {
        String program = streams.environment().programName();
        GuardOptions guard = GuardSettings.of(options);
        try (BlockingOvsdbClient client = SwitchConnection.open(options)) {
            GuardRequest request = request(client, change.changes().get(0), guard);
            return OutcomeReport.print(new GuardedCommit(client, LocalVswitchd.probe(options, streams.environment()))
                    .apply(request), streams.err(), program, true);
        }
    }

    private static GuardRequest request(BlockingOvsdbClient client, ConfigChange change, GuardOptions guard) {
        try {
            if (change instanceof ConfigChange.AddPort add) {
                refuseExistingPort(client, add.name());
                return DpdkChanges.addPort(client, add.bridge(), add.name(), add.options(), add.mtuRequest(), guard);
            }
            if (change instanceof ConfigChange.SetInterface set) {
                return DpdkChanges.setMtuRequest(client, set.name(), set.mtuRequest().getAsLong(), guard);
            }
            return DpdkChanges.setOtherConfig(client, ((ConfigChange.SetOtherConfig) change).values(), guard);
        } catch (IllegalArgumentException e) {
            // the builders' "no bridge named X" / "no interface named X" are ovs-vsctl's own wording
            throw new UsageException(e.getMessage());
        }
    }

    /** ovs-vsctl's check and message: a port name is unique across bridges. */
    private static void refuseExistingPort(BlockingOvsdbClient client, String port) {
        TransactionBuilder find = new TransactionBuilder(client.getSchema(SwitchConfigReader.DATABASE));
        int ports = find.select("Port", List.of(Condition.equal("name", Atom.string(port))), List.of("_uuid"));
        List<Row> existing = client.transact(find.build()).orThrow().rows(ports);
        if (existing.isEmpty()) {
            return;
        }
        TransactionBuilder owner = new TransactionBuilder(client.getSchema(SwitchConfigReader.DATABASE));
        int bridges = owner.select("Bridge", List.of(new Condition("ports", Function.INCLUDES,
                OvsdbSet.of(Atom.uuid(existing.get(0).uuid().orElseThrow())))), List.of("name"));
        String bridge = client.transact(owner.build()).orThrow().rows(bridges).stream().findFirst()
                .flatMap(b -> b.get("name")).flatMap(n -> n instanceof OvsdbSet set ? set.single() : Optional.empty())
                .map(a -> a instanceof StringAtom text ? text.value() : a.toString()).orElse("(none)");
        throw new UsageException("cannot create a port named " + port + " because a port named " + port
                + " already exists on bridge " + bridge);
    }
}
