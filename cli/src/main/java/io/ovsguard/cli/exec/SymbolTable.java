package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The {@code @name}s of one command line, shared by all of its commands (ovsdb's symbol table). */
public final class SymbolTable {

    private final Map<String, Symbol> symbols = new LinkedHashMap<>();

    public Optional<Symbol> find(String name) {
        return Optional.ofNullable(symbols.get(name));
    }

    /** The symbol called {@code name}, created with a fresh temporary uuid on first use. */
    public Symbol get(String name) {
        return symbols.computeIfAbsent(name, n -> new Symbol(n, TemporaryUuids.next()));
    }

    public Collection<Symbol> all() {
        return symbols.values();
    }
}
