package io.ovsguard.cli.exec;

import io.ovsguard.cli.command.OvsHash;
import io.ovsguard.cli.command.OvsHashOrder;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.BooleanAtom;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.StringAtom;
import java.util.ArrayList;
import java.util.List;

/**
 * The order in which ovs-vsctl's IDL writes the partial updates of one column (the {@code insert} and {@code delete}
 * mutations of the last command's {@code add} and of its {@code set} of map keys): the elements, or a map's keys, sit
 * in a hash table keyed by their hash with basis 0 ({@code ovsdb_atom_hash}) and are written bucket by bucket. The
 * server ignores the order, but its error messages quote the value as sent.
 */
final class IdlWriteOrder {

    private IdlWriteOrder() {
    }

    /**
     * The order of {@code written}, the elements in the order the command wrote them; empty (the canonical order)
     * when one is a uuid, which the IDL hashes by value and, for a row inserted in the same transaction, makes up,
     * or a real, which no column of the Open_vSwitch schema holds (so no ovs-vsctl run could check its hash).
     */
    static List<Atom> of(List<Atom> written) {
        int[] hashes = new int[written.size()];
        for (int i = 0; i < hashes.length; i++) {
            Atom atom = written.get(i);
            if (atom instanceof StringAtom string) {
                hashes[i] = OvsHash.string(string.value());
            } else if (atom instanceof IntegerAtom integer) {
                hashes[i] = OvsHash.integer((int) integer.value());
            } else if (atom instanceof BooleanAtom bool) {
                hashes[i] = OvsHash.bool(bool.value());
            } else {
                return List.of();
            }
        }
        List<Atom> ordered = new ArrayList<>(written.size());
        for (int position : OvsHashOrder.indicesOfHashes(hashes)) {
            ordered.add(written.get(position));
        }
        return ordered;
    }
}
