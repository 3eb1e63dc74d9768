package io.ovsguard.validator.source;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import io.ovsguard.validator.switchconf.ExistingInterface;
import io.ovsguard.validator.switchconf.SwitchConfig;
import io.ovsguard.ovsdb.notation.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a live switch into a {@link SwitchConfig}: the {@code Open_vSwitch} row and every {@code Interface} row, in
 * one select transaction so the two tables are seen at the same instant. Only the columns the model needs are
 * fetched, and only those the server's schema has (an OVS 2.6 database has no {@code dpdk_version}), so the reader
 * works against old switches too. Values are taken as the database holds them; a value of an unexpected type is
 * kept as text or left out, never thrown, so that rules report it.
 */
public final class SwitchConfigReader {

    private static final Logger log = LoggerFactory.getLogger(SwitchConfigReader.class);

    public static final String DATABASE = "Open_vSwitch";
    static final String ROOT_TABLE = "Open_vSwitch";
    static final String INTERFACE_TABLE = "Interface";
    static final List<String> ROOT_COLUMNS = List.of("other_config", "ovs_version", "dpdk_version",
            "dpdk_initialized");
    static final List<String> INTERFACE_COLUMNS = List.of("name", "type", "options", "mtu_request", "mtu", "error",
            "ofport");

    private final BlockingOvsdbClient client;

    public SwitchConfigReader(BlockingOvsdbClient client) {
        this.client = client;
    }

    /** Reads the switch as it is now. Connection and protocol failures propagate as the client's exceptions. */
    public SwitchConfig read() {
        DatabaseSchema schema = client.getSchema(DATABASE);
        TransactionBuilder tx = new TransactionBuilder(schema);
        int root = tx.select(ROOT_TABLE, List.of(), present(schema.table(ROOT_TABLE), ROOT_COLUMNS));
        int interfaces = tx.select(INTERFACE_TABLE, List.of(), present(schema.table(INTERFACE_TABLE),
                INTERFACE_COLUMNS));
        TransactResult result = client.transact(tx.build()).orThrow();
        SwitchConfig config = toConfig(result.rows(root), result.rows(interfaces));
        log.debug("read switch: {} other_config key(s), {} interface(s), ovs_version {}",
                config.otherConfig().size(), config.interfaces().size(), config.ovsVersion().orElse("(none)"));
        return config;
    }

    /** Builds the snapshot from already-selected rows; with no {@code Open_vSwitch} row everything is unset. */
    static SwitchConfig toConfig(List<Row> rootRows, List<Row> interfaceRows) {
        if (rootRows.size() > 1) {
            log.warn("Open_vSwitch table has {} rows; reading the first", rootRows.size());
        }
        Optional<Row> root = rootRows.stream().findFirst();
        ColumnValues r = new ColumnValues(root.orElse(Row.empty()));
        Map<String, String> otherConfig = r.stringMap("other_config");
        List<ExistingInterface> interfaces = new ArrayList<>();
        for (Row row : interfaceRows) {
            interfaces.add(toInterface(new ColumnValues(row)));
        }
        return new SwitchConfig(otherConfig, r.text("ovs_version"), r.text("dpdk_version"),
                r.bool("dpdk_initialized"), interfaces, Optional.empty());
    }

    private static ExistingInterface toInterface(ColumnValues row) {
        return new ExistingInterface(row.text("name").orElse(""), row.text("type").orElse(""),
                row.stringMap("options"), row.integer("mtu_request"), row.integer("mtu"),
                row.text("error").filter(e -> !e.isEmpty()), row.integer("ofport"));
    }

    private static List<String> present(TableSchema table, List<String> wanted) {
        return wanted.stream().filter(table::hasColumn).toList();
    }
}
