package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.NamedUuidAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.op.Mutation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes what a column will hold after a caller's write, so that the crash mark written in the same transaction
 * can name the value a later recovery must still find before it restores the old one. Empty when the value is not
 * known before commit (it refers to a row the transaction inserts, or the mutation is not a set/map/integer one).
 */
final class MutationPredictor {

    private MutationPredictor() {
    }

    static Optional<Datum> afterUpdate(Datum written) {
        return refersToNewRow(written) ? Optional.empty() : Optional.of(written);
    }

    static Optional<Datum> afterMutation(Datum before, Mutation mutation) {
        if (refersToNewRow(mutation.value())) {
            return Optional.empty();
        }
        Datum value = mutation.value();
        switch (mutation.mutator()) {
            case INSERT:
                return insert(before, value);
            case DELETE:
                return delete(before, value);
            case ADD:
            case SUBTRACT:
                return arithmetic(before, mutation);
            default:
                return Optional.empty();
        }
    }

    private static Optional<Datum> insert(Datum before, Datum value) {
        if (before instanceof OvsdbSet set && value instanceof OvsdbSet more) {
            List<Atom> atoms = new ArrayList<>(set.atoms());
            atoms.addAll(more.atoms());
            return Optional.of(OvsdbSet.of(atoms));
        }
        if (before instanceof OvsdbMap map && value instanceof OvsdbMap more) {
            Map<Atom, Atom> merged = new LinkedHashMap<>(map.asMap());
            more.entries().forEach(e -> merged.putIfAbsent(e.key(), e.value()));   // insert never replaces
            return Optional.of(OvsdbMap.of(merged));
        }
        return Optional.empty();
    }

    private static Optional<Datum> delete(Datum before, Datum value) {
        if (before instanceof OvsdbSet set && value instanceof OvsdbSet gone) {
            return Optional.of(OvsdbSet.of(set.atoms().stream().filter(a -> !gone.contains(a)).toList()));
        }
        if (before instanceof OvsdbMap map) {
            Map<Atom, Atom> kept = new LinkedHashMap<>(map.asMap());
            if (value instanceof OvsdbSet keys) {
                keys.atoms().forEach(kept::remove);
            } else if (value instanceof OvsdbMap pairs) {
                pairs.entries().forEach(e -> kept.remove(e.key(), e.value()));
            }
            return Optional.of(OvsdbMap.of(kept));
        }
        return Optional.empty();
    }

    private static Optional<Datum> arithmetic(Datum before, Mutation mutation) {
        if (before instanceof OvsdbSet set && set.single().orElse(null) instanceof IntegerAtom have
                && mutation.value() instanceof OvsdbSet by && by.single().orElse(null) instanceof IntegerAtom step) {
            long sign = mutation.mutator() == io.ovsguard.ovsdb.op.Mutator.ADD ? 1 : -1;
            return Optional.of(OvsdbSet.of(Atom.integer(have.value() + sign * step.value())));
        }
        return Optional.empty();
    }

    static boolean refersToNewRow(Datum datum) {
        if (datum instanceof OvsdbSet set) {
            return set.atoms().stream().anyMatch(NamedUuidAtom.class::isInstance);
        }
        return ((OvsdbMap) datum).entries().stream()
                .anyMatch(e -> e.key() instanceof NamedUuidAtom || e.value() instanceof NamedUuidAtom);
    }
}
