package io.ovsguard.archfixture.validator.rule;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.validator.source.SwitchConfigReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks every model rule on purpose: a "rule" that reads a file and the switch. Never used by production code. */
public final class ImpureRule {

    private ImpureRule() {
    }

    static String read(BlockingOvsdbClient client) throws IOException {
        return Files.readString(Path.of("/sys/devices/system/node/online")) + new SwitchConfigReader(client).read();
    }
}
