package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a {@code where} clause against a row read earlier, so the guard knows which existing rows a caller's
 * update or mutate will write. Supports the functions such clauses use ({@code == != includes excludes}); the
 * relational ones are refused, since a guard that cannot tell what a change writes cannot undo it.
 */
final class RowMatcher {

    private RowMatcher() {
    }

    static boolean matches(Row row, List<Condition> where) {
        for (Condition condition : where) {
            if (!matches(row, condition)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Row row, Condition condition) {
        Optional<Datum> value = value(row, condition.column());
        if (value.isEmpty()) {
            return false;
        }
        switch (condition.function()) {
            case EQUAL:
                return value.get().equals(condition.value());
            case NOT_EQUAL:
                return !value.get().equals(condition.value());
            case INCLUDES:
                return includes(value.get(), condition.value());
            case EXCLUDES:
                return excludes(value.get(), condition.value());
            default:
                throw new IllegalArgumentException("a guarded change cannot use '" + condition.function()
                        + "' in a where clause (column " + condition.column() + ")");
        }
    }

    private static Optional<Datum> value(Row row, String column) {
        if (column.equals(Row.UUID_COLUMN)) {
            return row.uuid().map(u -> OvsdbSet.of(Atom.uuid(u)));
        }
        return row.get(column);
    }

    private static boolean includes(Datum have, Datum wanted) {
        if (have instanceof OvsdbSet set && wanted instanceof OvsdbSet want) {
            return want.atoms().stream().allMatch(set::contains);
        }
        if (have instanceof OvsdbMap map && wanted instanceof OvsdbMap want) {
            return want.entries().stream().allMatch(e -> map.get(e.key()).map(e.value()::equals).orElse(false));
        }
        return false;
    }

    private static boolean excludes(Datum have, Datum wanted) {
        if (have instanceof OvsdbSet set && wanted instanceof OvsdbSet want) {
            return want.atoms().stream().noneMatch(set::contains);
        }
        if (have instanceof OvsdbMap map && wanted instanceof OvsdbMap want) {
            return want.entries().stream().noneMatch(e -> map.get(e.key()).map(e.value()::equals).orElse(false));
        }
        return false;
    }
}
