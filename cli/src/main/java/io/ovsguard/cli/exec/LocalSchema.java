package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.codec.SchemaParser;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Open_vSwitch schema installed with OVS, standing in for the one compiled into ovs-vsctl when the database
 * cannot be asked for its own.
 */
final class LocalSchema {

    private static final Path INSTALLED = Path.of("/usr/share/openvswitch/vswitch.ovsschema");

    private LocalSchema() {
    }

    static Optional<DatabaseSchema> installed() {
        return read(INSTALLED);
    }

    static Optional<DatabaseSchema> read(Path file) {
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SchemaParser.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            Holder.LOG.debug("cannot use the installed schema {}", file, e);
            return Optional.empty();
        }
    }

    /** The logger, created on first use: a run that logs nothing never starts the logging backend. */
    private static final class Holder {
        static final Logger LOG = LoggerFactory.getLogger(LocalSchema.class);
    }
}
