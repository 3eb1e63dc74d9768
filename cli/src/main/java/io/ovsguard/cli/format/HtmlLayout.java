package io.ovsguard.cli.format;

import java.util.List;

/** The {@code html} format: a bordered table; uuids become links to the row that has them as {@code _uuid}. */
final class HtmlLayout {

    private HtmlLayout() {
    }

    static String render(OutputTable table, List<List<String>> rows, boolean headings) {
        StringBuilder out = new StringBuilder("<table border=1>\n");
        if (headings) {
            out.append("  <tr>\n");
            table.headings().forEach(h -> cell("th", h, out));
            out.append("  </tr>\n");
        }
        for (List<String> row : rows) {
            out.append("  <tr>\n");
            for (int x = 0; x < row.size(); x++) {
                String content = row.get(x);
                if (table.headings().get(x).equals("_uuid")) {
                    out.append("    <td><a name=\"").append(escape(content)).append("\">")
                            .append(escape(content.substring(0, Math.min(8, content.length()))))
                            .append("</a></td>\n");
                } else {
                    cell("td", content, out);
                }
            }
            out.append("  </tr>\n");
        }
        return out.append("</table>\n").toString();
    }

    private static void cell(String element, String content, StringBuilder out) {
        out.append("    <").append(element).append('>');
        int p = 0;
        while (p < content.length()) {
            if (TablePrinter.startsWithUuid(content, p)) {
                out.append("<a href=\"#").append(content, p, p + 36).append("\">").append(content, p, p + 8)
                        .append("</a>");
                p += 36;
            } else {
                out.append(escape(content.substring(p, p + 1)));
                p++;
            }
        }
        out.append("</").append(element).append(">\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
