package io.ovsguard.cli.command;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How database commands may refer to the rows of each Open_vSwitch table (ovs-vsctl's row-id table), used to print
 * the {@code --help} section about it and, later, by the record resolver.
 */
public final class TableReferences {

    /** One table: whether it is a singleton (then {@code .} names its row) and its named references. */
    public record TableReference(String table, boolean singleton, List<RowReference> references) {
        public TableReference {
            Objects.requireNonNull(table, "table");
            references = List.copyOf(references);
        }
    }

    private static final List<TableReference> VSWITCH = sortedByName(List.of(
            table("AutoAttach", false, RowReference.via("Bridge", "auto_attach", "name")),
            table("Bridge", false, RowReference.byColumn("name")),
            table("CT_Timeout_Policy", false),
            table("CT_Zone", false),
            table("Controller", false, RowReference.via("Bridge", "controller", "name")),
            table("Datapath", false),
            table("Flow_Sample_Collector_Set", false, RowReference.byColumn("id")),
            table("Flow_Table", false, RowReference.byColumn("name")),
            table("IPFIX", false, RowReference.via("Bridge", "ipfix", "name")),
            table("Interface", false, RowReference.byColumn("name")),
            table("Manager", false, RowReference.byColumn("target")),
            table("Mirror", false, RowReference.byColumn("name")),
            table("NetFlow", false, RowReference.via("Bridge", "netflow", "name")),
            table("Open_vSwitch", true),
            table("Port", false, RowReference.byColumn("name")),
            table("QoS", false, RowReference.via("Port", "qos", "name")),
            table("Queue", false),
            table("SSL", true),
            table("sFlow", false, RowReference.via("Bridge", "sflow", "name"))));

    private TableReferences() {
    }

    /** The tables of the Open_vSwitch schema 8.3.1, in the order OVS lists them (C string order). */
    public static List<TableReference> vswitch() {
        return VSWITCH;
    }

    /** The {@code --help} section, each line ending in a newline. */
    public static String usage() {
        StringBuilder text = new StringBuilder(
                "Database commands may reference a row in each table in the following ways:\n");
        for (TableReference t : VSWITCH) {
            text.append("  ").append(t.table()).append(':');
            text.append("\n    by UUID");
            if (t.singleton()) {
                text.append("\n    as \".\"");
            }
            for (RowReference r : t.references()) {
                text.append("\n    ").append(r.describe());
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static TableReference table(String name, boolean singleton, RowReference... references) {
        return new TableReference(name, singleton, Arrays.asList(references));
    }

    /**
     * By the bytes of the table names, as OVS compares strings. A lambda of this class, not
     * {@code Comparator.comparing}: the JDK's comparator is a lambda of java.util.Comparator, which the start-up
     * cache does not keep, so every call that resolved a record spun it.
     */
    private static List<TableReference> sortedByName(List<TableReference> tables) {
        List<TableReference> sorted = new ArrayList<>(tables);
        sorted.sort((a, b) -> Arrays.compare(a.table().getBytes(StandardCharsets.UTF_8),
                b.table().getBytes(StandardCharsets.UTF_8)));
        return List.copyOf(sorted);
    }
}
