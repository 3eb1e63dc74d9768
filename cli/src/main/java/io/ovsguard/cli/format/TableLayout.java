package io.ovsguard.cli.format;

import io.ovsguard.cli.parse.TableStyle;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The {@code table} format: aligned columns, a heading line and a dashed line, trailing spaces trimmed. */
final class TableLayout {

    private TableLayout() {
    }

    static String render(OutputTable table, List<List<String>> rows, TableStyle style) {
        int columns = table.headings().size();
        int[] widths = new int[columns];
        for (int x = 0; x < columns; x++) {
            int w = 0;
            for (List<String> row : rows) {
                w = Math.max(w, bytes(row.get(x)));
            }
            if (style.maxColumnWidth() > 0 && w > style.maxColumnWidth()) {
                w = style.maxColumnWidth();
            }
            if (style.headings()) {
                w = Math.max(w, bytes(table.headings().get(x)));
            }
            widths[x] = w;
        }
        StringBuilder out = new StringBuilder();
        if (style.headings()) {
            StringBuilder line = new StringBuilder();
            for (int x = 0; x < columns; x++) {
                if (x > 0) {
                    line.append(' ');
                }
                line.append(TablePrinter.padRight(table.headings().get(x), widths[x]));
            }
            finish(line, out);
            line = new StringBuilder();
            for (int x = 0; x < columns; x++) {
                if (x > 0) {
                    line.append(' ');
                }
                line.append("-".repeat(widths[x]));
            }
            finish(line, out);
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int x = 0; x < columns; x++) {
                if (x > 0) {
                    line.append(' ');
                }
                line.append(TablePrinter.padRight(truncate(row.get(x), widths[x]), widths[x]));
            }
            finish(line, out);
        }
        return out.toString();
    }

    private static void finish(StringBuilder line, StringBuilder out) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        out.append(line, 0, end).append('\n');
    }

    /** {@code %.*s}: at most {@code width} bytes (OVS counts bytes, and may cut a UTF-8 sequence). */
    private static String truncate(String text, int width) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= width) {
            return text;
        }
        return new String(utf8, 0, width, StandardCharsets.UTF_8);
    }

    private static int bytes(String text) {
        return TablePrinter.utf8Length(text);
    }
}
