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
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.ColumnType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
     * usually at their default and fetched as the rows where they are not (see {@link
     * io.ovsguard.cli.exec.Prerequisites#sparseColumns}): on a bridge of ten thousand ports, ten thousand empty
     * sets and maps per column that the server need not write.
     */
    private record ShownTable(String table, Optional<String> nameColumn, List<String> columns,
            Set<String> usuallyDefault) {
    }

    private static final List<ShownTable> TABLES = List.of(
            new ShownTable("Open_vSwitch", Optional.empty(), List.of("manager_options", "bridges", "ovs_version"),
                    Set.of()),
            new ShownTable("Bridge", Optional.of("name"), List.of("controller", "fail_mode", "datapath_type", "ports"),
                    Set.of()),
            new ShownTable("Port", Optional.of("name"), List.of("tag", "trunks", "interfaces"),
                    Set.of("tag", "trunks")),
            new ShownTable("Interface", Optional.of("name"), List.of("type", "options", "error", "bfd_status"),
                    Set.of("options", "error", "bfd_status")),
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
    }

    @Override
    public void run(CommandContext context) {
        StringBuilder out = new StringBuilder();
        Set<String> expanding = new HashSet<>();
        for (WorkingRow root : context.db().rows(TABLES.get(0).table())) {
            showRow(context.db(), root, 0, expanding, out);
        }
        context.print(out.toString());
    }

    /** The shown tables by name: looked up for every row and column of ten thousand ports. */
    private static final Map<String, ShownTable> BY_NAME = byName();

    private static Map<String, ShownTable> byName() {
        Map<String, ShownTable> byName = new HashMap<>();
        TABLES.forEach(t -> byName.put(t.table(), t));
        return Map.copyOf(byName);
    }

    private static Optional<ShownTable> shown(String table) {
        return Optional.ofNullable(BY_NAME.get(table));
    }

    private static void showRow(WorkingDatabase db, WorkingRow row, int level, Set<String> expanding,
            StringBuilder out) {
        ShownTable shown = shown(row.tableName()).orElseThrow();
        indent(out, level);
        if (shown.nameColumn().isPresent()) {
            String column = shown.nameColumn().get();
            out.append(shown.table()).append(' ');
            DatumText.appendText(row.read(column), row.table().column(column).type(), out);
        } else {
            out.append(row.uuid());
        }
        out.append('\n');
        if (!expanding.add(shown.table())) {
            return;
        }
        for (String column : shown.columns()) {
            showColumn(db, row, row.table().column(column), level, expanding, out);
        }
        expanding.remove(shown.table());
    }

    private static void showColumn(WorkingDatabase db, WorkingRow row, ColumnSchema column, int level,
            Set<String> expanding, StringBuilder out) {
        ColumnType type = column.type();
        Datum datum = row.read(column.name());
        Optional<ShownTable> keyTarget = type.value().isEmpty()
                ? type.key().refTable().flatMap(ShowCommand::shown) : Optional.empty();
        if (keyTarget.isPresent()) {
            for (Uuid uuid : Datums.uuids(datum)) {
                Optional<WorkingRow> target = db.row(keyTarget.get().table(), uuid);
                if (target.isPresent()) {
                    showRow(db, target.get(), level + 1, expanding, out);
                }
            }
            return;
        }
        Optional<ShownTable> valueTarget = type.value().flatMap(v -> v.refTable()).flatMap(ShowCommand::shown)
                .filter(t -> t.nameColumn().isPresent());
        if (valueTarget.isPresent() && datum instanceof OvsdbMap map) {
            showReferenceMap(db, map, column, valueTarget.get(), level, out);
            return;
        }
        if (!datum.equals(type.defaultDatum())) {
            indent(out, level + 1);
            out.append(column.name()).append(": ");
            DatumText.appendText(datum, type, out).append('\n');
        }
    }

    /** A map whose values refer to a shown table: one "key=name" line per entry under "column:". */
    private static void showReferenceMap(WorkingDatabase db, OvsdbMap map, ColumnSchema column, ShownTable target,
            int level, StringBuilder out) {
        indent(out, level + 1);
        out.append(column.name()).append(":\n");
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
