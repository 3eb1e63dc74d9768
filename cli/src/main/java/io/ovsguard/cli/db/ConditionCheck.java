package io.ovsguard.cli.db;

import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.SymbolTable;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.Optional;

/** Evaluates a {@code COLUMN[:KEY] OP VALUE} condition of {@code find} and {@code wait-until} against a row. */
final class ConditionCheck {

    private ConditionCheck() {
    }

    static boolean holds(TableSchema table, WorkingRow row, String arg, SymbolTable symbols) {
        ColumnArgument parsed = ColumnArgument.withRelation(table, arg);
        ColumnSchema column = parsed.column();
        int op = parsed.operator().getAsInt();
        String value = parsed.value().orElseThrow();
        ColumnType type = column.type().withCounts(column.type().min(), ColumnType.UNLIMITED);
        ValueParser parser = new ValueParser(symbols);
        Datum have = row.read(column.name());
        if (parsed.key().isPresent()) {
            if (!column.type().isMap()) {
                throw new CommandFailedException("cannot specify key to check for non-map column " + column.name());
            }
            Atom key = parser.atom(column.type().key(), parsed.key().get());
            ColumnType valueType = new ColumnType(column.type().value().orElseThrow(), Optional.empty(),
                    column.type().min(), ColumnType.UNLIMITED);
            Datum want = parser.datum(valueType, value);
            Optional<Atom> found = ((OvsdbMap) have).get(key);
            if (found.isEmpty() && !isSetOperator(op)) {
                return false;
            }
            Datum a = found.map(x -> (Datum) OvsdbSet.of(x)).orElse(OvsdbSet.empty());
            return evaluate(a, want, op);
        }
        Datum want = parser.datum(column.type(), value);
        return evaluate(have, want, op);
    }

    private static boolean isSetOperator(int op) {
        return ColumnArgument.RELATIONS.get(op).startsWith("{");
    }

    private static boolean evaluate(Datum a, Datum b, int op) {
        switch (ColumnArgument.RELATIONS.get(op)) {
            case "=":
            case "{=}":
                return DatumAlgebra.compare(a, b) == 0;
            case "!=":
            case "{!=}":
                return DatumAlgebra.compare(a, b) != 0;
            case "<":
                return DatumAlgebra.compare(a, b) < 0;
            case ">":
                return DatumAlgebra.compare(a, b) > 0;
            case "<=":
                return DatumAlgebra.compare(a, b) <= 0;
            case ">=":
                return DatumAlgebra.compare(a, b) >= 0;
            case "{<}":
                return b.size() > a.size() && DatumAlgebra.includesAll(a, b);
            case "{>}":
                return a.size() > b.size() && DatumAlgebra.includesAll(b, a);
            case "{<=}":
            case "{in}":
                return DatumAlgebra.includesAll(a, b);
            case "{>=}":
                return DatumAlgebra.includesAll(b, a);
            case "{not-in}":
                return DatumAlgebra.excludesAll(a, b);
            default:
                throw new IllegalStateException("unknown operator " + op);
        }
    }
}
