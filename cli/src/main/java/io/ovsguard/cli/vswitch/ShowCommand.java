package io.ovsguard.cli.vswitch;

import io.ovsguard.cli.command.CommandHandler;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.WorkingDatabase;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.cli.format.DatumText;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code show}: an indented tree from each Open_vSwitch row through its managers, bridges, controllers, ports and
 * interfaces. Each row prints as "Table name" (the root as its uuid), then its shown columns: references to other
 * shown tables as nested rows, other values as "column: value" when they differ from the default. A table is not
 * expanded again inside itself.
 */
final class ShowCommand implements CommandHandler<CommandContext> {

    private static final int INDENT = 4;

    /**
     * One shown table: its name column (empty for the root), its shown columns in order, and those of them that are
     * empty on nearly every row of any switch and fetched as the rows where they are not (see {@link
     * io.ovsguard.cli.exec.Prerequisites#sparseColumns}): on a bridge of ten thousand ports, ten thousand empty
     * sets and maps per column that the server need not write. Not a port's tag or an interface's options: a
     * switch where every port has one (VLAN-tagged VM ports, vhost-user sockets) would pay a uuid per row for each,
     * more than the empty values cost elsewhere.
     */
    private record ShownTable(String table, Optional<String> nameColumn, List<String> columns,
            Set<String> usuallyDefault) {
    }

    private static final List<ShownTable> TABLES = List.of(
            new ShownTable("Open_vSwitch", Optional.empty(), List.of("manager_options", "bridges", "ovs_version"),
                    Set.of()),
            new ShownTable("Bridge", Optional.of("name"), List.of("controller", "fail_mode", "datapath_type", "ports"),
                    Set.of()),
            new ShownTable("Port", Optional.of("name"), List.of("tag", "trunks", "interfaces"), Set.of("trunks")),
            new ShownTable("Interface", Optional.of("name"), List.of("type", "options", "error", "bfd_status"),
                    Set.of("error", "bfd_status")),
            new ShownTable("Controller", Optional.of("target"), List.of("is_connected"), Set.of()),
            new ShownTable("Manager", Optional.of("target"), List.of("is_connected"), Set.of()));

    @Override
    public void prerequisites(CommandContext context) {
        for (ShownTable shown : TABLES) {
            context.prerequisites().table(shown.table());
            shown.nameColumn().ifPresent(c -> context.prerequisites().columns(shown.table(), List.of(c)));
            List<String> dense = new ArrayList<>();
            List<String> sparse = new ArrayList<>();
            for (String column : shown.columns()) {
                (shown.usuallyDefault().contains(column) ? sparse : dense).add(column);
            }
            context.prerequisites().columns(shown.table(), dense);
            context.prerequisites().sparseColumns(shown.table(), sparse);
        }
        context.prerequisites().manyRows(BridgeTopology.PORT);
        context.prerequisites().manyRows(BridgeTopology.INTERFACE);
    }

    @Override
    public void run(CommandContext context) {
        StringBuilder out = new StringBuilder();
        List<TablePlan> plans = plans(context.schema());
        TablePlan root = plans.get(0);
        for (WorkingRow row : context.db().rows(root.shown().table())) {
            showRow(context.db(), plans, root, row, 0, 0, out);
        }
        context.print(out.toString());
    }

    /**
     * How a shown column prints, worked out once per call instead of once per row: {@code rows} is the shown table
     * its key references (each referenced row nested), {@code names} the shown table with a name column its map's
     * values reference (one "key=name" line per entry), both -1 for a plain value, printed unless it is the default.
     */
    private record ColumnPlan(String name, ColumnType type, Datum defaultValue, int rows, int names) {
    }

    /** A shown table with its bit in the mask of the tables being expanded, and its columns' plans. */
    private record TablePlan(ShownTable shown, int bit, Optional<ColumnType> nameType, List<ColumnPlan> columns) {
    }

    private static List<TablePlan> plans(DatabaseSchema schema) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < TABLES.size(); i++) {
            index.put(TABLES.get(i).table(), i);
        }
        List<TablePlan> plans = new ArrayList<>(TABLES.size());
        for (int i = 0; i < TABLES.size(); i++) {
            ShownTable shown = TABLES.get(i);
            TableSchema table = schema.table(shown.table());
            List<ColumnPlan> columns = new ArrayList<>();
            for (String name : shown.columns()) {
                ColumnType type = table.column(name).type();
                int rows = type.value().isEmpty() ? shownIndex(type.key().refTable(), index) : -1;
                int names = type.value().map(v -> shownIndex(v.refTable(), index)).orElse(-1);
                if (names >= 0 && TABLES.get(names).nameColumn().isEmpty()) {
                    names = -1;
                }
                columns.add(new ColumnPlan(name, type, type.defaultDatum(), rows, names));
            }
            plans.add(new TablePlan(shown, 1 << i,
                    shown.nameColumn().map(c -> table.column(c).type()), List.copyOf(columns)));
        }
        return List.copyOf(plans);
    }

    private static int shownIndex(Optional<String> refTable, Map<String, Integer> index) {
        return refTable.map(index::get).orElse(-1);
    }

    private static void showRow(WorkingDatabase db, List<TablePlan> plans, TablePlan plan, WorkingRow row,
            int level, int expanding, StringBuilder out) {
        indent(out, level);
        ShownTable shown = plan.shown();
        if (plan.nameType().isPresent()) {
            out.append(shown.table()).append(' ');
            DatumText.appendText(row.read(shown.nameColumn().get()), plan.nameType().get(), out);
        } else {
            out.append(row.uuid());
        }
        out.append('\n');
        if ((expanding & plan.bit()) != 0) {
            return;
        }
        for (ColumnPlan column : plan.columns()) {
            showColumn(db, plans, row, column, level, expanding | plan.bit(), out);
        }
    }

    private static void showColumn(WorkingDatabase db, List<TablePlan> plans, WorkingRow row, ColumnPlan column,
            int level, int expanding, StringBuilder out) {
        Datum datum = row.read(column.name());
        if (column.rows() >= 0) {
            TablePlan target = plans.get(column.rows());
            for (Uuid uuid : Datums.uuids(datum)) {
                Optional<WorkingRow> referenced = db.row(target.shown().table(), uuid);
                if (referenced.isPresent()) {
                    showRow(db, plans, target, referenced.get(), level + 1, expanding, out);
                }
            }
            return;
        }
        if (column.names() >= 0 && datum instanceof OvsdbMap map) {
            showReferenceMap(db, map, column.name(), TABLES.get(column.names()), level, out);
            return;
        }
        if (!datum.equals(column.defaultValue())) {
            indent(out, level + 1);
            out.append(column.name()).append(": ");
            DatumText.appendText(datum, column.type(), out).append('\n');
        }
    }

    /** A map whose values refer to a shown table: one "key=name" line per entry under "column:". */
    private static void showReferenceMap(WorkingDatabase db, OvsdbMap map, String column, ShownTable target,
            int level, StringBuilder out) {
        indent(out, level + 1);
        out.append(column).append(":\n");
        String nameColumn = target.nameColumn().orElseThrow();
        for (OvsdbMap.Entry entry : map.entries()) {
            indent(out, level + 2);
            out.append(DatumText.atomText(entry.key())).append('=');
            Atom value = entry.value();
            Optional<WorkingRow> referenced = value instanceof UuidAtom u ? db.row(target.table(), u.value())
                    : Optional.empty();
            if (referenced.isPresent()) {
                out.append(DatumText.toText(referenced.get().read(nameColumn),
                        referenced.get().table().column(nameColumn).type()));
            } else {
                out.append("\"<null>\"");
            }
            out.append('\n');
        }
    }

    private static void indent(StringBuilder out, int level) {
        for (int i = level * INDENT; i > 0; i--) {
            out.append(' ');
        }
    }
}
