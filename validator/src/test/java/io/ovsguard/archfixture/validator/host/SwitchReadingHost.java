package io.ovsguard.archfixture.validator.host;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.validator.rule.Validator;

/** Breaks the host rule on purpose: host facts taken from the switch and the rules. Never used by production code. */
public final class SwitchReadingHost {

    private SwitchReadingHost() {
    }

    static Object read(BlockingOvsdbClient client) {
        return client.listDatabases() + new Validator().toString();
    }
}
