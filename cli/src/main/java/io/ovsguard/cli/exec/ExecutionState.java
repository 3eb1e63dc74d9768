package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One attempt at running a command line: the working database, the symbols and, after the commit, real uuids. */
final class ExecutionState {

    private final WorkingDatabase db;
    private final SymbolTable symbols = new SymbolTable();
    private Map<Uuid, Uuid> insertedUuids = Map.of();
    private final List<Uuid> expectedInterfaces = new ArrayList<>();
    private boolean switchCacheValid;

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

    void expectInterface(Uuid temporary) {
        expectedInterfaces.add(temporary);
    }

    /** The real uuids of the interfaces to check after the reload, in the order they were expected. */
    List<Uuid> expectedInterfaces() {
        List<Uuid> real = new ArrayList<>();
        expectedInterfaces.forEach(t -> insertedUuid(t).ifPresent(real::add));
        return real;
    }

    /** Marks the switch cache populated; whether it was not. */
    boolean populateSwitchCache() {
        boolean wasInvalid = !switchCacheValid;
        switchCacheValid = true;
        return wasInvalid;
    }

    void invalidateSwitchCache() {
        switchCacheValid = false;
        db.hidePartialUpdatesFromSwitchPicture();
    }

    Optional<Uuid> insertedUuid(Uuid temporary) {
        return Optional.ofNullable(insertedUuids.get(temporary));
    }
}
