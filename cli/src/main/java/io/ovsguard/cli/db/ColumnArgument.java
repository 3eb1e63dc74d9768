package io.ovsguard.cli.db;

import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An argument of the form {@code COLUMN[:KEY][OPERATOR VALUE]}, as {@code get}, {@code set}, {@code find} and
 * {@code wait-until} take them: the column (abbreviations allowed), the optional map key, and the operator and
 * value where the command wants one.
 *
 * @param operator index into the allowed operators, when a value was parsed
 */
public record ColumnArgument(ColumnSchema column, Optional<String> key, OptionalInt operator, Optional<String> value) {

    /** The relational operators of conditions, longest match wins. */
    public static final List<String> RELATIONS = List.of("=", "!=", "<", ">", "<=", ">=", "{=}", "{!=}", "{<}",
            "{>}", "{<=}", "{>=}", "{in}", "{not-in}");

    /** Parses {@code COLUMN[:KEY]} with nothing after it. */
    public static ColumnArgument withoutValue(TableSchema table, String arg) {
        return parse(table, arg, List.of(), false);
    }

    /** Parses {@code COLUMN[:KEY]=VALUE}. */
    public static ColumnArgument withValue(TableSchema table, String arg) {
        return parse(table, arg, List.of("="), true);
    }

    /** Parses {@code COLUMN[:KEY] OP VALUE} with one of {@link #RELATIONS}. */
    public static ColumnArgument withRelation(TableSchema table, String arg) {
        return parse(table, arg, RELATIONS, true);
    }

    /** Only the column name, for prerequisites (ovs-vsctl's {@code pre_parse_column_key_value}). */
    public static ColumnSchema columnOf(TableSchema table, String arg) {
        Tokens.Token name = Tokens.parse(arg, 0);
        if (name.text().isEmpty()) {
            throw new CommandFailedException(arg + ": missing column name");
        }
        return SchemaNames.column(table, name.text());
    }

    private static ColumnArgument parse(TableSchema table, String arg, List<String> operators, boolean wantValue) {
        Tokens.Token name = Tokens.parse(arg, 0);
        if (name.text().isEmpty()) {
            throw new CommandFailedException(arg + ": missing column name");
        }
        ColumnSchema column = SchemaNames.column(table, name.text());
        int p = name.end();
        Optional<String> key = Optional.empty();
        if (p < arg.length() && arg.charAt(p) == ':') {
            Tokens.Token keyToken = Tokens.parse(arg, p + 1);
            key = Optional.of(keyToken.text());
            p = keyToken.end();
        }
        if (!wantValue) {
            if (p < arg.length()) {
                throw new CommandFailedException(arg + ": trailing garbage \"" + arg.substring(p) + "\" in argument");
            }
            return new ColumnArgument(column, key, OptionalInt.empty(), Optional.empty());
        }
        int best = -1;
        int bestLength = 0;
        String rest = arg.substring(p);
        for (int i = 0; i < operators.size(); i++) {
            String op = operators.get(i);
            if (op.length() > bestLength && rest.startsWith(op) && rest.length() > op.length()) {
                best = i;
                bestLength = op.length();
            }
        }
        if (best < 0) {
            throw new CommandFailedException(missingOperator(arg, operators));
        }
        return new ColumnArgument(column, key, OptionalInt.of(best), Optional.of(rest.substring(bestLength)));
    }

    private static String missingOperator(String arg, List<String> operators) {
        StringBuilder s = new StringBuilder(arg).append(": argument does not end in \"").append(operators.get(0))
                .append('"');
        if (operators.size() == 2) {
            s.append(" or \"").append(operators.get(1)).append('"');
        } else if (operators.size() > 2) {
            for (int i = 1; i < operators.size() - 1; i++) {
                s.append(", \"").append(operators.get(i)).append('"');
            }
            s.append(", or \"").append(operators.get(operators.size() - 1)).append('"');
        }
        return s.append(" followed by a value.").toString();
    }
}
