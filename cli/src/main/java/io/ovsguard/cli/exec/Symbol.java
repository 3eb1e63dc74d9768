package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.Objects;

/**
 * One {@code @name} of a command line: the (temporary) uuid it stands for, whether a command created it
 * ({@code --id=@name}) and what kind of reference to it was written.
 */
public final class Symbol {

    private final String name;
    private Uuid uuid;
    private boolean created;
    private boolean strongReference;
    private boolean weakReference;

    Symbol(String name, Uuid uuid) {
        this.name = Objects.requireNonNull(name, "name");
        this.uuid = Objects.requireNonNull(uuid, "uuid");
    }

    public String name() {
        return name;
    }

    public Uuid uuid() {
        return uuid;
    }

    /** Points the symbol at an existing row ({@code get --id=@name}). */
    public void bindTo(Uuid rowUuid) {
        uuid = Objects.requireNonNull(rowUuid, "rowUuid");
    }

    public boolean created() {
        return created;
    }

    public void markCreated() {
        created = true;
    }

    public boolean strongReference() {
        return strongReference;
    }

    public void markStrongReference() {
        strongReference = true;
    }

    public boolean weakReference() {
        return weakReference;
    }

    public void markWeakReference() {
        weakReference = true;
    }
}
