package io.ovsguard.ovsdb.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.testing.Fixtures;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransactionBuilderTest {

    private static final DatabaseSchema VSWITCH = Fixtures.vswitchSchema();

    private final TransactionBuilder builder = new TransactionBuilder(VSWITCH);

    @Test
    void addBridgeTransactionReturnsIndexesAndDeclaresNames() {
        NamedUuid bridge = builder.newUuidName();
        NamedUuid port = builder.newUuidName();
        NamedUuid iface = builder.newUuidName();

        int i0 = builder.insert("Interface", Row.empty().with("name", OvsdbSet.ofStrings("br0"))
                .with("type", OvsdbSet.ofStrings("internal")), iface);
        int i1 = builder.insert("Port", Row.empty().with("name", OvsdbSet.ofStrings("br0"))
                .with("interfaces", OvsdbSet.of(Atom.named(iface))), port);
        int i2 = builder.insert("Bridge", Row.empty().with("name", OvsdbSet.ofStrings("br0"))
                .with("ports", OvsdbSet.of(Atom.named(port))), bridge);
        int i3 = builder.mutate("Open_vSwitch", List.of(),
                List.of(new Mutation("bridges", Mutator.INSERT, OvsdbSet.of(Atom.named(bridge)))));
        Transaction transaction = builder.build();

        assertThat(List.of(i0, i1, i2, i3)).containsExactly(0, 1, 2, 3);
        assertThat(transaction.database()).isEqualTo("Open_vSwitch");
        assertThat(transaction.insertIndexOf(bridge)).hasValue(2);
        assertThat(transaction.insertIndexOf(NamedUuid.of("nope"))).isEmpty();
    }

    @Test
    void handsOutUniqueNames() {
        Set<NamedUuid> names = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            names.add(builder.newUuidName());
            names.add(builder.newUuidName("port"));
        }
        assertThat(names).hasSize(200);
    }

    @Test
    void rejectsUnknownTableAndColumn() {
        assertThatThrownBy(() -> builder.insert("Bridges", Row.empty())).isInstanceOf(SchemaException.class)
                .hasMessage("database Open_vSwitch has no table \"Bridges\"");
        assertThatThrownBy(() -> builder.select("Bridge", List.of(), List.of("nmae")))
                .isInstanceOf(SchemaException.class).hasMessage("table Bridge has no column \"nmae\"");
    }

    @Test
    void rejectsValueThatBreaksTheColumnType() {
        assertThatThrownBy(() -> builder.insert("Interface", Row.empty().with("mtu_request",
                OvsdbSet.of(Atom.integer(0))))).isInstanceOf(SchemaException.class)
                .hasMessage("column mtu_request: 0 is less than minimum allowed value 1");
    }

    @Test
    void rejectsUpdateOfImmutableColumn() {
        assertThatThrownBy(() -> builder.update("Bridge", List.of(),
                Row.empty().with("name", OvsdbSet.ofStrings("br1")))).isInstanceOf(SchemaException.class)
                .hasMessage("column name of table Bridge is immutable and cannot be updated");
        assertThatThrownBy(() -> builder.mutate("Bridge", List.of(),
                List.of(new Mutation("name", Mutator.INSERT, OvsdbSet.ofStrings("x")))))
                .isInstanceOf(SchemaException.class).hasMessageContaining("cannot be mutated");
    }

    @Test
    void insertMayNotSetTheUuid() {
        assertThatThrownBy(() -> builder.insert("Bridge", Row.empty().withUuid(Uuid.ZERO)))
                .isInstanceOf(SchemaException.class).hasMessageContaining("the server assigns _uuid");
    }

    @Test
    void relationalFunctionsNeedANumericScalarOrOptional() {
        builder.select("Interface", List.of(new Condition("mtu_request", Function.GREATER_THAN,
                OvsdbSet.of(Atom.integer(1500)))));

        assertThatThrownBy(() -> builder.select("Bridge", List.of(new Condition("name", Function.LESS_THAN,
                OvsdbSet.ofStrings("br1"))))).isInstanceOf(SchemaException.class)
                .hasMessage("\"<\" may not be applied to column name of type string");
    }

    @Test
    void includesAndExcludesRelaxTheCount() {
        builder.select("Bridge", List.of(new Condition("ports", Function.INCLUDES, OvsdbSet.empty())));
        builder.select("Mirror", List.of(new Condition("output_port", Function.EXCLUDES,
                OvsdbSet.of(Atom.uuid(Uuid.ZERO), Atom.uuid(Uuid.random())))));

        assertThat(builder.size()).isEqualTo(2);
    }

    @Test
    void mutatorsMustSuitTheColumnType() {
        builder.mutate("Open_vSwitch", List.of(),
                List.of(new Mutation("next_cfg", Mutator.ADD, OvsdbSet.of(Atom.integer(1))),
                        new Mutation("other_config", Mutator.DELETE, OvsdbSet.ofStrings("dpdk-init")),
                        new Mutation("other_config", Mutator.DELETE, OvsdbMap.ofStrings(Map.of("a", "b")))));

        assertThatThrownBy(() -> builder.mutate("Open_vSwitch", List.of(),
                List.of(new Mutation("next_cfg", Mutator.INSERT, OvsdbSet.of(Atom.integer(1))))))
                .isInstanceOf(SchemaException.class)
                .hasMessage("mutator \"insert\" may not be applied to column next_cfg of type integer");
        assertThatThrownBy(() -> builder.mutate("Open_vSwitch", List.of(),
                List.of(new Mutation("other_config", Mutator.ADD, OvsdbSet.of(Atom.integer(1))))))
                .isInstanceOf(SchemaException.class).hasMessageContaining("\"+=\" may not be applied");
        assertThatThrownBy(() -> builder.mutate("Open_vSwitch", List.of(),
                List.of(new Mutation("next_cfg", Mutator.ADD, OvsdbSet.of(Atom.real(1.5))))))
                .isInstanceOf(SchemaException.class).hasMessageContaining("expected integer, got real");
    }

    @Test
    void rejectsReusedUuidName() {
        NamedUuid name = builder.newUuidName();
        builder.insert("Queue", Row.empty(), name);

        assertThatThrownBy(() -> builder.insert("Queue", Row.empty(), name)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("already used");
    }

    @Test
    void buildRejectsNamedUuidThatNoInsertDeclares() {
        builder.mutate("Open_vSwitch", List.of(), List.of(new Mutation("bridges", Mutator.INSERT,
                OvsdbSet.of(Atom.named(NamedUuid.of("ghost"))))));

        assertThatThrownBy(builder::build).isInstanceOf(SchemaException.class)
                .hasMessage("named-uuid ghost is referred to but no insert declares it");
    }

    @Test
    void waitRowsMayOnlyHoldTheWaitedColumns() {
        builder.waitUntil("Bridge", List.of(), List.of("name"), Function.EQUAL,
                List.of(Row.empty().with("name", OvsdbSet.ofStrings("br0"))), OptionalLong.of(0));

        assertThatThrownBy(() -> builder.waitUntil("Bridge", List.of(), List.of("name"), Function.EQUAL,
                List.of(Row.empty().with("stp_enable", OvsdbSet.of(Atom.bool(true)))), OptionalLong.empty()))
                .isInstanceOf(SchemaException.class).hasMessageContaining("not in the wait's columns");
        assertThatThrownBy(() -> builder.waitUntil("Bridge", List.of(), List.of(), Function.INCLUDES, List.of(),
                OptionalLong.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
