package io.ovsguard.validator.switchconf;

import java.util.List;

/** The ordered changes a transaction would make; empty for an audit of the current configuration. */
public record ProposedChange(List<ConfigChange> changes) {

    public ProposedChange {
        changes = List.copyOf(changes);
    }

    public static ProposedChange none() {
        return new ProposedChange(List.of());
    }

    public static ProposedChange of(ConfigChange... changes) {
        return new ProposedChange(List.of(changes));
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
