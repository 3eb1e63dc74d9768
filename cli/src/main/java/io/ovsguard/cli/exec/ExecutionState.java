package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One attempt at running a command line: the working database, the symbols and, after the commit, real uuids. */
final class ExecutionState {

    private final WorkingDatabase db;
    private final SymbolTable symbols = new SymbolTable();
    private Map<Uuid, Uuid> insertedUuids = Map.of();

    ExecutionState(WorkingDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    WorkingDatabase db() {
        return db;
    }

    SymbolTable symbols() {
        return symbols;
    }

    void committed(Map<Uuid, Uuid> realByTemporary) {
        insertedUuids = Map.copyOf(realByTemporary);
    }

    Optional<Uuid> insertedUuid(Uuid temporary) {
        return Optional.ofNullable(insertedUuids.get(temporary));
    }
}
