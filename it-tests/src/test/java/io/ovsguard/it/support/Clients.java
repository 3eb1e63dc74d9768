package io.ovsguard.it.support;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.OvsdbClients;
import io.ovsguard.sandbox.OvsSandbox;
import java.time.Duration;

/** Connections to sandboxes, with short timeouts so that a hung test fails quickly. */
public final class Clients {

    public static final ClientOptions OPTIONS = ClientOptions.builder()
            .requestTimeout(Duration.ofSeconds(20))
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Clients() {
    }

    public static BlockingOvsdbClient unix(OvsSandbox sandbox) {
        return OvsdbClients.connectBlocking(sandbox.unixRemote(), OPTIONS);
    }

    public static BlockingOvsdbClient tcp(OvsSandbox sandbox) {
        return OvsdbClients.connectBlocking(sandbox.tcpRemote().orElseThrow(), OPTIONS);
    }
}
