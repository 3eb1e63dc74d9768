package io.ovsguard.ovsdb.cluster;

import io.ovsguard.ovsdb.error.ConnectionException;
import java.util.List;

/** No remote of a cluster could be used in one pass; {@link #reasons()} says why, one line per remote tried. */
public class NoSuitableMemberException extends ConnectionException {
    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public NoSuitableMemberException(String database, List<String> reasons) {
        super("no server is suitable for database " + database + ": " + String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
