package io.ovsguard.ovsdb.replica;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.monitor.RowUpdate;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.testing.Fixtures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VswitchViewTest {

    private static final DatabaseSchema SCHEMA = Fixtures.vswitchSchema();

    private static Uuid uuid(int n) {
        return Uuid.parse(String.format("00000000-0000-0000-0000-%012d", n));
    }

    private static RowUpdate named(String name) {
        return new RowUpdate.Inserted(Row.of(Map.of("name", OvsdbSet.ofStrings(name))));
    }

    /** Interfaces eth0..eth99 (uuids 1..100) and one without a name (uuid 1000); bridge br0, port p0. */
    private static VswitchView view() {
        Map<Uuid, RowUpdate> interfaces = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            interfaces.put(uuid(i + 1), named("eth" + i));
        }
        interfaces.put(uuid(1000), new RowUpdate.Inserted(Row.of(Map.of("type", OvsdbSet.ofStrings("internal")))));
        TableUpdates updates = new TableUpdates(Map.of("Interface", interfaces,
                "Bridge", Map.of(uuid(2000), named("br0")), "Port", Map.of(uuid(3000), named("p0"))));
        ReplicaSnapshot empty = ReplicaSnapshot.empty(SCHEMA, Set.of("Interface", "Port", "Bridge"));
        return new UpdateApplier(Map.of()).apply(empty, updates, Optional.empty()).vswitch();
    }

    @Test
    void findsEachTableRowByNameAsItsTypedRow() {
        VswitchView view = view();

        assertThat(view.interfaceNamed("eth42")).map(InterfaceRow::uuid).contains(uuid(43));
        assertThat(view.interfaceNamed("eth42")).map(InterfaceRow::name).contains("eth42");
        assertThat(view.bridgeNamed("br0")).map(BridgeRow::uuid).contains(uuid(2000));
        assertThat(view.portNamed("p0")).map(PortRow::uuid).contains(uuid(3000));
    }

    @Test
    void aNameNoRowHasFindsNothing() {
        VswitchView view = view();

        assertThat(view.interfaceNamed("eth100")).isEmpty();
        assertThat(view.bridgeNamed("p0")).isEmpty();
        assertThat(view.portNamed("br0")).isEmpty();
    }

    @Test
    void aNameLookupReadsOnlyTheNamesOfTheOtherRows() {
        // a column whose value the typed row cannot read (mtu as a string): only a lookup that builds every typed row
        // would trip over it
        Map<Uuid, RowUpdate> interfaces = Map.of(uuid(1), named("eth0"), uuid(2), new RowUpdate.Inserted(
                Row.of(Map.of("name", OvsdbSet.ofStrings("odd"), "mtu", OvsdbSet.ofStrings("1500")))));
        ReplicaSnapshot empty = ReplicaSnapshot.empty(SCHEMA, Set.of("Interface"));
        VswitchView view = new UpdateApplier(Map.of()).apply(empty,
                new TableUpdates(Map.of("Interface", interfaces)), Optional.empty()).vswitch();

        assertThat(view.interfaceNamed("eth0")).map(InterfaceRow::uuid).contains(uuid(1));
    }

    @Test
    void aRowWithoutANameIsFoundByTheEmptyNameItsTypedRowShows() {
        VswitchView view = view();

        assertThat(view.interfaces()).filteredOn(i -> i.name().isEmpty()).extracting(InterfaceRow::uuid)
                .containsExactly(uuid(1000));
        assertThat(view.interfaceNamed("")).map(InterfaceRow::uuid).contains(uuid(1000));
    }
}
