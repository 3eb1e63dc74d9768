package io.ovsguard.cli.db;

import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.Symbol;
import io.ovsguard.cli.exec.SymbolTable;

/** Defining an {@code @name} with {@code --id}, with ovs-vsctl's checks. */
public final class Symbols {

    private Symbols() {
    }

    /** Marks {@code id} as created by this command; it must start with {@code @} and be created only once. */
    public static Symbol create(SymbolTable symbols, String id) {
        if (!id.startsWith("@")) {
            throw new CommandFailedException("row id \"" + id + "\" does not begin with \"@\"");
        }
        Symbol symbol = symbols.get(id);
        if (symbol.created()) {
            throw new CommandFailedException("row id \"" + id + "\" may only be specified on one --id option");
        }
        symbol.markCreated();
        return symbol;
    }
}
