package io.ovsguard.ovsdb.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OperationCodecTest {

    private static final Uuid BR = Uuid.parse("8d1c3a2f-7a5e-4a51-9d0e-3c1f9e9b2a10");
    private static final Condition NAME_IS_BR0 = Condition.equal("name", Atom.string("br0"));

    static Stream<Arguments> operations() {
        return Stream.of(
                Arguments.of(new Operation.Insert("Bridge",
                        Row.empty().with("name", OvsdbSet.ofStrings("br0"))
                                .with("ports", OvsdbSet.of(Atom.named(NamedUuid.of("p0")))),
                        Optional.of(NamedUuid.of("br0"))), """
                        {"op":"insert","table":"Bridge","row":{"name":"br0","ports":["named-uuid","p0"]},"uuid-name":"br0"}"""),
                Arguments.of(new Operation.Insert("Port", Row.empty(), Optional.empty()), """
                        {"op":"insert","table":"Port","row":{}}"""),
                Arguments.of(new Operation.Select("Bridge", List.of(NAME_IS_BR0), Optional.empty()), """
                        {"op":"select","table":"Bridge","where":[["name","==","br0"]]}"""),
                Arguments.of(new Operation.Select("Bridge", List.of(), Optional.of(List.of("_uuid", "name"))), """
                        {"op":"select","table":"Bridge","where":[],"columns":["_uuid","name"]}"""),
                Arguments.of(new Operation.Update("Bridge", List.of(Condition.uuidIs(BR)),
                        Row.empty().with("fail_mode", OvsdbSet.empty())), """
                        {"op":"update","table":"Bridge","where":[["_uuid","==",["uuid","8d1c3a2f-7a5e-4a51-9d0e-3c1f9e9b2a10"]]],"row":{"fail_mode":["set",[]]}}"""),
                Arguments.of(new Operation.Mutate("Open_vSwitch", List.of(),
                        List.of(new Mutation("next_cfg", Mutator.ADD, OvsdbSet.of(Atom.integer(1))),
                                new Mutation("other_config", Mutator.DELETE, OvsdbSet.ofStrings("a", "b")),
                                new Mutation("external_ids", Mutator.INSERT,
                                        OvsdbMap.ofStrings(Map.of("k", "v"))))), """
                        {"op":"mutate","table":"Open_vSwitch","where":[],"mutations":[["next_cfg","+=",1],["other_config","delete",["set",["a","b"]]],["external_ids","insert",["map",[["k","v"]]]]]}"""),
                // one-element sets of insert and delete keep the "set" form, as OVS's IDL writes them
                Arguments.of(new Operation.Mutate("Bridge", List.of(),
                        List.of(new Mutation("flood_vlans", Mutator.INSERT, OvsdbSet.of(Atom.integer(5))),
                                new Mutation("stp_enable", Mutator.INSERT, OvsdbSet.of(Atom.bool(true))),
                                new Mutation("flood_vlans", Mutator.DELETE, OvsdbSet.of(Atom.integer(6))),
                                new Mutation("flood_vlans", Mutator.INSERT, OvsdbSet.empty()))), """
                        {"op":"mutate","table":"Bridge","where":[],"mutations":[["flood_vlans","insert",["set",[5]]],["stp_enable","insert",["set",[true]]],["flood_vlans","delete",["set",[6]]],["flood_vlans","insert",["set",[]]]]}"""),
                // a wire order writes a set's elements or a map's keys in it, as another client sent them
                Arguments.of(new Operation.Mutate("Port", List.of(),
                        List.of(new Mutation("trunks", Mutator.INSERT, OvsdbSet.of(Atom.integer(1), Atom.integer(4)),
                                        List.of(Atom.integer(4), Atom.integer(1))),
                                new Mutation("external_ids", Mutator.INSERT, OvsdbMap.ofStrings(Map.of("a", "1", "b", "2")),
                                        List.of(Atom.string("b"), Atom.string("a"))),
                                new Mutation("tag", Mutator.INSERT, OvsdbSet.of(Atom.integer(7)),
                                        List.of(Atom.integer(7))))), """
                        {"op":"mutate","table":"Port","where":[],"mutations":[["trunks","insert",["set",[4,1]]],["external_ids","insert",["map",[["b","2"],["a","1"]]]],["tag","insert",["set",[7]]]]}"""),
                Arguments.of(new Operation.Delete("Bridge", List.of(NAME_IS_BR0,
                        new Condition("flood_vlans", Function.INCLUDES, OvsdbSet.of(Atom.integer(5))))), """
                        {"op":"delete","table":"Bridge","where":[["name","==","br0"],["flood_vlans","includes",5]]}"""),
                Arguments.of(new Operation.Wait("Bridge", List.of(NAME_IS_BR0), List.of("name"), Function.NOT_EQUAL,
                        List.of(Row.empty().with("name", OvsdbSet.ofStrings("br0"))), OptionalLong.of(0)), """
                        {"op":"wait","table":"Bridge","where":[["name","==","br0"]],"columns":["name"],"until":"!=","rows":[{"name":"br0"}],"timeout":0}"""),
                Arguments.of(new Operation.Wait("Bridge", List.of(), List.of(), Function.EQUAL, List.of(),
                        OptionalLong.empty()), """
                        {"op":"wait","table":"Bridge","where":[],"columns":[],"until":"==","rows":[]}"""),
                Arguments.of(new Operation.Commit(true), """
                        {"op":"commit","durable":true}"""),
                Arguments.of(new Operation.Abort(), """
                        {"op":"abort"}"""),
                Arguments.of(new Operation.Comment("ovs-vsctl: add-br br0"), """
                        {"op":"comment","comment":"ovs-vsctl: add-br br0"}"""),
                Arguments.of(new Operation.Assert("my_lock"), """
                        {"op":"assert","lock":"my_lock"}"""));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("operations")
    void encodesEachOperation(Operation operation, String json) {
        assertThat(OperationCodec.encode(operation).toString()).isEqualTo(json);
    }

    @Test
    void aWireOrderMustHoldEachElementOrKeyOnce() {
        OvsdbSet set = OvsdbSet.of(Atom.integer(1), Atom.integer(4));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Mutation("trunks", Mutator.INSERT, set,
                List.of(Atom.integer(4)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an order of the elements of");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Mutation("trunks", Mutator.INSERT, set,
                List.of(Atom.integer(4), Atom.integer(4)))).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Mutation("external_ids", Mutator.INSERT,
                OvsdbMap.ofStrings(Map.of("a", "1")), List.of(Atom.string("1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keys of");
        assertThat(new Mutation("trunks", Mutator.INSERT, set).wireOrder()).isEmpty();
    }

    @Test
    void transactParamsStartWithTheDatabase() {
        Transaction transaction = new Transaction("Open_vSwitch",
                List.of(new Operation.Comment("x"), new Operation.Abort()));

        assertThat(OperationCodec.encodeParams(transaction).toJson()).isEqualTo("""
                ["Open_vSwitch",{"op":"comment","comment":"x"},{"op":"abort"}]""");
    }
}
