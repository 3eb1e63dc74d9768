package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows each fetched row references, as ovs-vsctl's generated parsers resolve them when the IDL enters the row:
 * every reference column of the table by name, each value in its datum's order (a map's key, then its value, pair
 * by pair). A column the line did not fetch holds its default there, which for a reference column of at least one
 * element is the all-zero uuid: the IDL then creates a row of that uuid in the referenced table, which no listing
 * shows but which takes its place in that table's row map (a port's interfaces, whenever a line reads ports but not
 * their interfaces).
 */
final class ParsedReferences implements IdlRowOrder.References {

    private static final Comparator<ColumnSchema> BY_NAME = new ColumnsByName();

    private final DatabaseSchema schema;
    private final Map<String, Map<Uuid, Map<String, Datum>>> fetched;
    /** Per table, its reference columns in the parsers' order, worked out once for all its rows. */
    private final Map<String, List<ColumnSchema>> referenceColumns = new HashMap<>();

    ParsedReferences(DatabaseSchema schema, Map<String, Map<Uuid, Map<String, Datum>>> fetched) {
        this.schema = schema;
        this.fetched = fetched;
    }

    @Override
    public List<IdlRowOrder.RowId> of(String table, Uuid row) {
        Map<String, Datum> values = fetched.get(table).get(row);
        List<IdlRowOrder.RowId> references = new ArrayList<>();
        for (ColumnSchema column : referenceColumns.computeIfAbsent(table, this::referenceColumnsByName)) {
            Optional<String> keyTable = column.type().key().refTable();
            Optional<String> valueTable = column.type().value().flatMap(BaseType::refTable);
            Datum value = values.get(column.name());
            if (value == null) {
                value = column.type().defaultDatum();
            }
            if (value instanceof OvsdbSet set) {
                for (Atom atom : set.atoms()) {
                    add(references, keyTable, atom);
                }
            } else if (value instanceof OvsdbMap map) {
                for (OvsdbMap.Entry entry : map.entries()) {
                    add(references, keyTable, entry.key());
                    add(references, valueTable, entry.value());
                }
            }
        }
        return references;
    }

    private List<ColumnSchema> referenceColumnsByName(String table) {
        List<ColumnSchema> columns = new ArrayList<>();
        for (ColumnSchema column : schema.table(table).userColumns()) {
            if (column.type().key().refTable().isPresent()
                    || column.type().value().flatMap(BaseType::refTable).isPresent()) {
                columns.add(column);
            }
        }
        columns.sort(BY_NAME);
        return columns;
    }

    private static void add(List<IdlRowOrder.RowId> references, Optional<String> table, Atom atom) {
        if (table.isPresent() && atom instanceof UuidAtom uuid) {
            references.add(new IdlRowOrder.RowId(table.get(), uuid.value()));
        }
    }

    /** The order of ovs-vsctl's generated column tables (a class, not a lambda: see the start-up caches). */
    private static final class ColumnsByName implements Comparator<ColumnSchema> {
        @Override
        public int compare(ColumnSchema a, ColumnSchema b) {
            return a.name().compareTo(b.name());
        }
    }
}
