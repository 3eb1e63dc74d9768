package io.ovsguard.cli.parse;

import java.util.Objects;

/**
 * The output formatting options, with ovs-vsctl's defaults: list format, string cells, headings, no pretty-printing.
 *
 * @param maxColumnWidth 0 for no limit, as with ovs-vsctl's {@code --max-column-width}
 */
public record TableStyle(OutputFormat format, CellFormat cellFormat, boolean headings, boolean pretty,
                         int maxColumnWidth) {

    public static final TableStyle DEFAULT = new TableStyle(OutputFormat.LIST, CellFormat.STRING, true, false, 0);

    public TableStyle {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(cellFormat, "cellFormat");
    }

    public TableStyle withFormat(OutputFormat newFormat) {
        return new TableStyle(newFormat, cellFormat, headings, pretty, maxColumnWidth);
    }

    public TableStyle withCellFormat(CellFormat newCellFormat) {
        return new TableStyle(format, newCellFormat, headings, pretty, maxColumnWidth);
    }

    public TableStyle withoutHeadings() {
        return new TableStyle(format, cellFormat, false, pretty, maxColumnWidth);
    }

    public TableStyle withPretty() {
        return new TableStyle(format, cellFormat, headings, true, maxColumnWidth);
    }

    public TableStyle withMaxColumnWidth(int width) {
        return new TableStyle(format, cellFormat, headings, pretty, width);
    }

    /** {@code --bare}: list format, bare cells, no headings. */
    public TableStyle bare() {
        return new TableStyle(OutputFormat.LIST, CellFormat.BARE, false, pretty, maxColumnWidth);
    }
}
