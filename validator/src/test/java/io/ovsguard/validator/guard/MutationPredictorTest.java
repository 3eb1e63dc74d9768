package io.ovsguard.validator.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MutationPredictorTest {

    private static final OvsdbMap CONFIG = OvsdbMap.ofStrings(Map.of("dpdk-socket-mem", "64", "pmd-cpu-mask", "0x2"));

    @Test
    void mapInsertNeverReplacesAnExistingKey() {
        Mutation insert = new Mutation("other_config", Mutator.INSERT,
                OvsdbMap.ofStrings(Map.of("dpdk-socket-mem", "256", "dpdk-init", "true")));

        assertThat(MutationPredictor.afterMutation(CONFIG, insert)).contains(OvsdbMap.ofStrings(Map.of(
                "dpdk-socket-mem", "64", "pmd-cpu-mask", "0x2", "dpdk-init", "true")));
    }

    @Test
    void mapDeleteByKeysThenInsertSetsTheValue() {
        Mutation delete = new Mutation("other_config", Mutator.DELETE, OvsdbSet.ofStrings("dpdk-socket-mem"));
        Mutation insert = new Mutation("other_config", Mutator.INSERT,
                OvsdbMap.ofStrings(Map.of("dpdk-socket-mem", "256")));

        var after = MutationPredictor.afterMutation(CONFIG, delete)
                .flatMap(d -> MutationPredictor.afterMutation(d, insert));

        assertThat(after).contains(OvsdbMap.ofStrings(Map.of("dpdk-socket-mem", "256", "pmd-cpu-mask", "0x2")));
    }

    @Test
    void integerAdditionIsComputed() {
        assertThat(MutationPredictor.afterMutation(OvsdbSet.of(Atom.integer(5)),
                new Mutation("next_cfg", Mutator.ADD, OvsdbSet.of(Atom.integer(1)))))
                .contains(OvsdbSet.of(Atom.integer(6)));
    }

    @Test
    void valueNamingARowOfTheSameTransactionIsNotKnownBeforeCommit() {
        Mutation insert = new Mutation("ports", Mutator.INSERT, OvsdbSet.of(Atom.named(new NamedUuid("port1"))));

        assertThat(MutationPredictor.afterMutation(OvsdbSet.empty(), insert)).isEmpty();
    }
}
