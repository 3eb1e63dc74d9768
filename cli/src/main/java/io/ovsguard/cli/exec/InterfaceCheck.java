package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.result.TransactResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * After ovs-vswitchd applied a change, tells the user about interfaces the command line added that did not come up
 * (no OpenFlow port, or -1), with the error ovs-vswitchd recorded, as ovs-vsctl does (its
 * {@code post_db_reload_do_checks}). The interfaces are read in the transaction that waits for the reload, right after
 * its {@code wait} ({@link ReloadWait}), so the check costs no round trip of its own.
 */
final class InterfaceCheck {

    private static final String INTERFACE = "Interface";

    private final List<Uuid> interfaces;
    private final ErrorConsole errors;

    /** @param interfaces the real uuids of the interfaces the line inserted, in the order ovs-vsctl checks them */
    InterfaceCheck(List<Uuid> interfaces, ErrorConsole errors) {
        this.interfaces = List.copyOf(interfaces);
        this.errors = errors;
    }

    /** The reads of the interfaces, one select each, to run once the reload is seen. */
    List<Operation> reads() {
        List<Operation> selects = new ArrayList<>(interfaces.size());
        for (Uuid uuid : interfaces) {
            selects.add(new Operation.Select(INTERFACE, List.of(Condition.uuidIs(uuid)),
                    Optional.of(List.of("name", "ofport", "error"))));
        }
        return selects;
    }

    /** The rows of the interfaces that did not come up, from {@code result}'s results at {@code first} on. */
    List<Row> failures(TransactResult result, int first) {
        List<Row> failed = new ArrayList<>();
        for (int i = 0; i < interfaces.size(); i++) {
            for (Row row : result.rows(first + i)) {
                if (failed(row)) {
                    failed.add(row);
                }
            }
        }
        return failed;
    }

    /** Reports {@code failures} (from {@link #failures}), if any. */
    void report(List<Row> failures) {
        for (Row row : failures) {
            String name = text(row, "name").orElse("");
            Optional<String> error = text(row, "error").filter(e -> !e.isEmpty());
            errors.print(error.map(e -> "Error detected while setting up '" + name + "': " + e + ".  ")
                    .orElse("Error detected while setting up '" + name + "'.  ")
                    + "See ovs-vswitchd log for details.");
        }
        if (!failures.isEmpty()) {
            errors.print("The default log directory is \"" + errors.logDirectory() + "\".");
        }
    }

    private static boolean failed(Row row) {
        OvsdbSet ofport = (OvsdbSet) row.get("ofport").orElse(OvsdbSet.empty());
        Optional<Atom> port = ofport.single();
        return port.isEmpty() || port.get() instanceof IntegerAtom i && i.value() == -1;
    }

    private static Optional<String> text(Row row, String column) {
        return row.get(column).filter(OvsdbSet.class::isInstance).map(OvsdbSet.class::cast)
                .flatMap(OvsdbSet::single).filter(StringAtom.class::isInstance).map(a -> ((StringAtom) a).value());
    }
}
