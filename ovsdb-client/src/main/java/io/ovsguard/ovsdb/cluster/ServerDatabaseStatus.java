package io.ovsguard.ovsdb.cluster;

import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.BooleanAtom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one server says about one of its databases: a row of its {@code _Server.Database} table.
 *
 * @param connected false while a clustered member is cut off from the majority (its data may be stale)
 * @param leader    true on the Raft leader, and always for a standalone database
 * @param cid       the cluster id (clustered only; empty while a member is still joining)
 * @param sid       this member's server id (clustered only)
 * @param index     the Raft log index the member has applied (clustered only); it grows with every commit
 * @param schema    the database schema as JSON text, empty while a joining member has none
 */
public record ServerDatabaseStatus(String name, DatabaseModel model, boolean connected, boolean leader,
        Optional<Uuid> cid, Optional<Uuid> sid, OptionalLong index, Optional<String> schema) {

    public static final String DATABASE = "_Server";
    public static final String TABLE = "Database";

    public ServerDatabaseStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(cid, "cid");
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(schema, "schema");
    }

    /** Reads a complete row of {@code _Server.Database} (missing optional columns count as empty). */
    public static ServerDatabaseStatus fromRow(Row row) {
        return new ServerDatabaseStatus(
                string(row, "name").orElseThrow(() -> missing("name")),
                DatabaseModel.fromToken(string(row, "model").orElseThrow(() -> missing("model"))),
                bool(row, "connected"),
                bool(row, "leader"),
                uuid(row, "cid"),
                uuid(row, "sid"),
                integer(row, "index"),
                string(row, "schema"));
    }

    public boolean isClustered() {
        return model == DatabaseModel.CLUSTERED;
    }

    /**
     * Why a client should not use this member, or empty if it may: the member must be connected to its cluster
     * and, when {@code leaderOnly}, lead it. A standalone database is always its own leader.
     */
    public Optional<String> unsuitability(boolean leaderOnly) {
        if (!connected) {
            return Optional.of("database " + name + " is not connected to its cluster");
        }
        if (leaderOnly && !leader) {
            return Optional.of("database " + name + " is served by a " + model.token() + " member that is not the"
                    + " leader");
        }
        return Optional.empty();
    }

    private static Optional<Atom> single(Row row, String column) {
        Optional<Datum> datum = row.get(column);
        if (datum.isEmpty()) {
            return Optional.empty();
        }
        if (!(datum.get() instanceof OvsdbSet set) || set.size() > 1) {
            throw new ProtocolException("_Server.Database column " + column + " holds " + datum.get()
                    + ", not at most one atom");
        }
        return set.single();
    }

    private static Optional<String> string(Row row, String column) {
        return single(row, column).map(atom -> {
            if (atom instanceof StringAtom s) {
                return s.value();
            }
            throw wrongType(column, atom);
        });
    }

    private static boolean bool(Row row, String column) {
        return single(row, column).map(atom -> {
            if (atom instanceof BooleanAtom b) {
                return b.value();
            }
            throw wrongType(column, atom);
        }).orElseThrow(() -> missing(column));
    }

    private static Optional<Uuid> uuid(Row row, String column) {
        return single(row, column).map(atom -> {
            if (atom instanceof UuidAtom u) {
                return u.value();
            }
            throw wrongType(column, atom);
        });
    }

    private static OptionalLong integer(Row row, String column) {
        Optional<Atom> atom = single(row, column);
        if (atom.isEmpty()) {
            return OptionalLong.empty();
        }
        if (atom.get() instanceof IntegerAtom i) {
            return OptionalLong.of(i.value());
        }
        throw wrongType(column, atom.get());
    }

    private static ProtocolException missing(String column) {
        return new ProtocolException("_Server.Database row lacks its " + column + " column");
    }

    private static ProtocolException wrongType(String column, Atom atom) {
        return new ProtocolException("_Server.Database column " + column + " holds a " + atom.type() + " atom");
    }
}
