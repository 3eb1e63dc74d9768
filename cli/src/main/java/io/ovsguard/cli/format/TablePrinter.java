package io.ovsguard.cli.format;

import io.ovsguard.cli.parse.CellFormat;
import io.ovsguard.cli.parse.TableStyle;
import io.ovsguard.ovsdb.notation.Uuid;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints {@link OutputTable}s in the format of {@code -f/--format} ({@code list}, {@code table}, {@code csv},
 * {@code html}, {@code json}) with cells as {@code -d/--data} says. One printer serves one run: as in OVS, every
 * table after the first is separated from the one before by an empty line (except in html and json).
 */
public final class TablePrinter {

    private final TableStyle style;
    private boolean first = true;

    public TablePrinter(TableStyle style) {
        this.style = style;
    }

    public String print(OutputTable table) {
        StringBuilder out = new StringBuilder();
        switch (style.format()) {
            case TABLE -> separated(out).append(TableLayout.render(table, texts(table), style));
            case LIST -> separated(out).append(list(table));
            case HTML -> out.append(HtmlLayout.render(table, texts(table), style.headings()));
            case CSV -> separated(out).append(csv(table));
            case JSON -> out.append(json(table)).append('\n');
            default -> throw new IllegalStateException("unknown format " + style.format());
        }
        return out.toString();
    }

    private StringBuilder separated(StringBuilder out) {
        if (first) {
            first = false;
        } else {
            out.append('\n');
        }
        return out;
    }

    /** Each cell's text in the chosen cell format. */
    private List<List<String>> texts(OutputTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (List<Cell> row : table.rows()) {
            rows.add(row.stream().map(this::text).toList());
        }
        return rows;
    }

    String text(Cell cell) {
        if (style.cellFormat() == CellFormat.JSON) {
            return OvsJson.write(OvsJson.ofDatum(cell.datum()), false);
        }
        if (style.cellFormat() == CellFormat.BARE) {
            return DatumText.toBare(cell.datum());
        }
        return DatumText.toText(cell.datum(), cell.type());
    }

    private String list(OutputTable table) {
        StringBuilder out = new StringBuilder();
        List<List<String>> rows = texts(table);
        for (int y = 0; y < rows.size(); y++) {
            if (y > 0) {
                out.append('\n');
            }
            for (int x = 0; x < table.headings().size(); x++) {
                if (style.headings()) {
                    out.append(padRight(table.headings().get(x), 20)).append(": ");
                }
                out.append(rows.get(y).get(x)).append('\n');
            }
        }
        return out.toString();
    }

    private String csv(OutputTable table) {
        StringBuilder out = new StringBuilder();
        if (style.headings()) {
            out.append(String.join(",", table.headings().stream().map(TablePrinter::csvCell).toList())).append('\n');
        }
        for (List<String> row : texts(table)) {
            out.append(String.join(",", row.stream().map(TablePrinter::csvCell).toList())).append('\n');
        }
        return out.toString();
    }

    private static String csvCell(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('"') < 0 && text.indexOf(',') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** The json format: headings and data, cells as JSON datums whatever {@code --data} says. */
    private String json(OutputTable table) {
        Map<String, Object> json = OvsJson.sortedObject();
        json.put("headings", List.copyOf(table.headings()));
        List<Object> data = new ArrayList<>();
        for (List<Cell> row : table.rows()) {
            data.add(row.stream().map(c -> OvsJson.ofDatum(c.datum())).toList());
        }
        json.put("data", data);
        return OvsJson.write(json, style.pretty());
    }

    /** {@code %-20s}: pads to 20 bytes, never truncates. */
    static String padRight(String text, int width) {
        int length = text.getBytes(StandardCharsets.UTF_8).length;
        return length >= width ? text : text + " ".repeat(width - length);
    }

    static boolean startsWithUuid(String text, int from) {
        return text.length() - from >= 36 && Uuid.isUuid(text.substring(from, from + 36));
    }
}
