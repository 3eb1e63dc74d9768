package io.ovsguard.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.parse.CellFormat;
import io.ovsguard.cli.parse.OutputFormat;
import io.ovsguard.cli.parse.TableStyle;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TablePrinterTest {

    private static final String UUID = "01234567-89ab-cdef-0123-456789abcdef";

    private static OutputTable table() {
        OutputTable table = new OutputTable(List.of("_uuid", "name", "other_config"));
        ColumnType map = ColumnType.map(BaseType.of(AtomType.STRING), BaseType.of(AtomType.STRING), 0,
                ColumnType.UNLIMITED);
        table.addRow(List.of(
                new Cell(OvsdbSet.of(Atom.uuid(Uuid.parse(UUID))), ColumnType.scalar(BaseType.of(AtomType.UUID))),
                new Cell(OvsdbSet.ofStrings("br0"), ColumnType.scalar(BaseType.of(AtomType.STRING))),
                new Cell(OvsdbMap.ofStrings(Map.of("a", "x,y")), map)));
        return table;
    }

    private static String print(TableStyle style) {
        return new TablePrinter(style).print(table());
    }

    @Test
    void listPadsHeadingsToTwentyColumns() {
        assertThat(print(TableStyle.DEFAULT)).isEqualTo(
                "_uuid               : " + UUID + "\nname                : br0\nother_config        : {a=\"x,y\"}\n");
    }

    @Test
    void secondTableIsSeparatedByAnEmptyLine() {
        TablePrinter printer = new TablePrinter(TableStyle.DEFAULT.withFormat(OutputFormat.CSV));
        String first = printer.print(table());
        assertThat(printer.print(table())).isEqualTo("\n" + first);
    }

    @Test
    void tableAlignsColumnsAndTrimsTrailingSpaces() {
        assertThat(print(TableStyle.DEFAULT.withFormat(OutputFormat.TABLE).withCellFormat(CellFormat.BARE)))
                .isEqualTo("_uuid                                name other_config\n"
                        + "------------------------------------ ---- ------------\n"
                        + UUID + " br0  a=x,y\n");
    }

    @Test
    void csvQuotesCellsWithCommasOrQuotes() {
        assertThat(print(TableStyle.DEFAULT.withFormat(OutputFormat.CSV)))
                .isEqualTo("_uuid,name,other_config\n" + UUID + ",br0,\"{a=\"\"x,y\"\"}\"\n");
    }

    @Test
    void htmlLinksUuidsAndEscapesText() {
        assertThat(print(TableStyle.DEFAULT.withFormat(OutputFormat.HTML).withoutHeadings()))
                .isEqualTo("<table border=1>\n  <tr>\n    <td><a name=\"" + UUID + "\">01234567</a></td>\n"
                        + "    <td>br0</td>\n    <td>{a=&quot;x,y&quot;}</td>\n  </tr>\n</table>\n");
    }

    @Test
    void jsonHasSortedMembersAndWireDatums() {
        assertThat(print(TableStyle.DEFAULT.withFormat(OutputFormat.JSON))).isEqualTo(
                "{\"data\":[[[\"uuid\",\"" + UUID + "\"],\"br0\",[\"map\",[[\"a\",\"x,y\"]]]]],"
                        + "\"headings\":[\"_uuid\",\"name\",\"other_config\"]}\n");
    }

    @Test
    void prettyJsonIndentsTwoSpacesPerLevel() {
        String pretty = print(TableStyle.DEFAULT.withFormat(OutputFormat.JSON).withPretty());
        assertThat(pretty).startsWith("{\n  \"data\": [\n    [\n      [\n        \"uuid\",");
        assertThat(pretty).endsWith("    \"other_config\"]}\n");
    }

    @Test
    void maxColumnWidthTruncatesTableCells() {
        String out = print(TableStyle.DEFAULT.withFormat(OutputFormat.TABLE).withoutHeadings().withMaxColumnWidth(4));
        assertThat(out).isEqualTo("0123 br0 {a=\"\n");
    }

    @Test
    void widthsCountUtf8BytesAsEncodingTheTextWould() {
        for (String text : List.of("", "port0", "é", "Ωmega", "中文", "😀x", "a\ud800b", "\udc00", "x\ud83d")) {
            assertThat(TablePrinter.utf8Length(text)).as(text)
                    .isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
    }
}
