package io.ovsguard.ovsdb.op;

import io.ovsguard.ovsdb.notation.NamedUuid;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** An ordered list of operations for one database: the params of one {@code transact} call. */
public record Transaction(String database, List<Operation> operations) {

    public Transaction {
        Objects.requireNonNull(database, "database");
        operations = List.copyOf(operations);
    }

    public int size() {
        return operations.size();
    }

    public Operation operation(int index) {
        return operations.get(index);
    }

    /** The index of the insert that declares {@code name}, if any. */
    public OptionalInt insertIndexOf(NamedUuid name) {
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i) instanceof Operation.Insert insert && insert.uuidName().filter(name::equals)
                    .isPresent()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
