package io.ovsguard.it.cli.vsctl;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the two database servers of a differential run: the run directory holding its {@code db.sock}, and a
 * harness connection for resetting and reading the whole database.
 */
record ServerSide(Path runDir, RawOvsdbConnection connection, List<String> tableNames) {

    ServerSide {
        tableNames = List.copyOf(tableNames);
    }

    DatabaseImage capture() {
        return DatabaseImage.capture(connection, tableNames);
    }

    /** The program's output with what depends on this side made neutral: the run directory and log times. */
    String neutral(String text) {
        return text.replace(runDir.toString(), "$RUNDIR")
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<time>");
    }
}
