package io.ovsguard.cli.format;

import io.ovsguard.cli.parse.CellFormat;
import io.ovsguard.cli.parse.TableStyle;
import io.ovsguard.ovsdb.notation.Uuid;
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
        print(table, out);
        return out.toString();
    }

    /** Appends the table to {@code out}: a big listing is not copied once more through a string of its own. */
    public void print(OutputTable table, StringBuilder out) {
        switch (style.format()) {
            case TABLE -> separated(out).append(TableLayout.render(table, texts(table), style));
            case LIST -> list(table, separated(out));
            case HTML -> out.append(HtmlLayout.render(table, texts(table), style.headings()));
            case CSV -> separated(out).append(csv(table));
            case JSON -> out.append(json(table)).append('\n');
            default -> throw new IllegalStateException("unknown format " + style.format());
        }
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

    /** {@link #text} appended to {@code out}, without a string of its own in the default cell format. */
    private StringBuilder appendText(Cell cell, StringBuilder out) {
        if (style.cellFormat() == CellFormat.JSON || style.cellFormat() == CellFormat.BARE) {
            return out.append(text(cell));
        }
        return DatumText.appendText(cell.datum(), cell.type(), out);
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

    /**
     * Appends the table in list format: each cell's text straight into {@code out}, with the padded headings made
     * once (a listing of ten thousand interfaces has six hundred thousand cells).
     */
    private void list(OutputTable table, StringBuilder out) {
        List<String> labels = new ArrayList<>(table.headings().size());
        for (String heading : table.headings()) {
            labels.add(style.headings() ? padRight(heading, 20) + ": " : "");
        }
        boolean firstRow = true;
        for (List<Cell> row : table.rows()) {
            if (!firstRow) {
                out.append('\n');
            }
            firstRow = false;
            for (int x = 0; x < labels.size(); x++) {
                appendText(row.get(x), out.append(labels.get(x))).append('\n');
            }
        }
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
        int length = utf8Length(text);
        return length >= width ? text : text + " ".repeat(width - length);
    }

    /** The text's length in UTF-8 bytes, which OVS pads by, counted without encoding it (one call per cell). */
    static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                // as String.getBytes writes an unpaired surrogate: '?'
                bytes++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    static boolean startsWithUuid(String text, int from) {
        return text.length() - from >= 36 && Uuid.isUuid(text.substring(from, from + 36));
    }
}
