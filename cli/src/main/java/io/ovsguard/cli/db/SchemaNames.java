package io.ovsguard.cli.db;

import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds tables and columns by the names users type, with ovs-vsctl's abbreviation rules: an exact name wins, then
 * a case-insensitive match in which {@code -} stands for {@code _}, then the longest unambiguous prefix.
 */
public final class SchemaNames {

    private SchemaNames() {
    }

    /** The table named (or abbreviated) {@code name}. */
    public static TableSchema table(DatabaseSchema schema, String name) {
        List<String> best = bestMatches(List.copyOf(schema.tables().keySet()), name);
        if (best.isEmpty()) {
            throw new CommandFailedException("unknown table \"" + name + "\"");
        }
        if (best.size() > 1) {
            throw new CommandFailedException("\"" + name + "\" matches multiple table names: " + join(best));
        }
        return schema.table(best.get(0));
    }

    /** The column of {@code table} named (or abbreviated) {@code name}; never {@code _uuid} or {@code _version}. */
    public static ColumnSchema column(TableSchema table, String name) {
        List<String> names = new ArrayList<>();
        for (ColumnSchema column : table.userColumns()) {
            names.add(column.name());
        }
        List<String> best = bestMatches(names, name);
        if (best.isEmpty()) {
            throw new CommandFailedException(table.name() + " does not contain a column whose name matches \""
                    + name + "\"");
        }
        if (best.size() > 1) {
            throw new CommandFailedException(table.name() + " contains more than one column whose name matches \""
                    + name + "\": " + join(best));
        }
        return table.column(best.get(0));
    }

    private static List<String> bestMatches(List<String> names, String input) {
        List<String> best = new ArrayList<>();
        long bestScore = 0;
        for (String name : names) {
            long score = score(name, input);
            if (score > 0 && score >= bestScore) {
                if (score > bestScore) {
                    best.clear();
                }
                best.add(name);
                bestScore = score;
            }
        }
        return best;
    }

    /** How well user input {@code s} matches {@code name}: higher is better, 0 is no match. */
    static long score(String name, String s) {
        if (name.equals(s)) {
            return 0xffffffffL;
        }
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        int i = 0;
        while (true) {
            int a = i < n.length ? normalize(n[i]) : 0;
            int b = i < in.length ? normalize(in[i]) : 0;
            if (a != b) {
                break;
            }
            if (i >= n.length) {
                return 0xfffffffeL;
            }
            i++;
        }
        return i >= in.length ? i : 0;
    }

    private static int normalize(byte c) {
        int ch = c & 0xff;
        if (ch == '-') {
            return '_';
        }
        return ch < 128 ? Character.toLowerCase((char) ch) : ch;
    }

    private static String join(List<String> names) {
        return String.join(", ", names.stream()
                .sorted((a, b) -> Arrays.compare(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)))
                .toList());
    }
}
