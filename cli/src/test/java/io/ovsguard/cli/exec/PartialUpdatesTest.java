package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialUpdatesTest {

    private static final OvsdbSet BEFORE = OvsdbSet.ofStrings("a", "b");

    @Test
    void aDeleteCancelsAnInsertOfTheSameElementAsInTheIdl() {
        PartialUpdates updates = new PartialUpdates();
        // "a" is in the column already: the insert and the delete cancel out, so "a" stays
        updates.changeSetElement("c", Atom.string("a"), true, true);
        updates.changeSetElement("c", Atom.string("a"), false, true);

        assertThat(updates.mutations(column -> BEFORE)).isEmpty();
        assertThat(updates.withCachedSetOperations("c", BEFORE)).isEqualTo(BEFORE);
    }

    @Test
    void anInsertAfterADeleteReplacesIt() {
        PartialUpdates updates = new PartialUpdates();
        updates.changeSetElement("c", Atom.string("a"), false, true);
        updates.changeSetElement("c", Atom.string("a"), true, true);

        assertThat(updates.mutations(column -> BEFORE))
                .containsExactly(new Mutation("c", Mutator.INSERT, OvsdbSet.ofStrings("a"), List.of(Atom.string("a"))));
    }

    @Test
    void aDeleteOfAnElementTheColumnDoesNotHoldIsNotSent() {
        PartialUpdates updates = new PartialUpdates();
        updates.changeSetElement("c", Atom.string("z"), false, true);
        updates.changeSetElement("c", Atom.string("b"), false, true);

        assertThat(updates.mutations(column -> BEFORE))
                .containsExactly(new Mutation("c", Mutator.DELETE, OvsdbSet.ofStrings("b"), List.of(Atom.string("b"))));
    }

    @Test
    void thePictureOfTheSwitchShowsCachedOperationsUntilTheyAreHidden() {
        PartialUpdates updates = new PartialUpdates();
        updates.changeSetElement("c", Atom.string("x"), true, true);
        updates.changeSetElement("c", Atom.string("a"), false, true);
        updates.changeSetElement("c", Atom.string("y"), true, false);

        assertThat(updates.withCachedSetOperations("c", BEFORE)).isEqualTo(OvsdbSet.ofStrings("b", "x"));
        updates.uncacheSetOperations();
        assertThat(updates.withCachedSetOperations("c", BEFORE)).isEqualTo(BEFORE);
        assertThat(updates.withCachedSetOperations("other", BEFORE)).isSameAs(BEFORE);
    }
}
