package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.MonitorSubscription;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.monitor.MonitorNotification;
import java.util.ArrayList;
import java.util.List;

/**
 * One monitor of a replica on one connection. Updates that reach it before its initial contents are
 * installed are held here and applied right after, in order, as one batch; later ones are applied
 * as they arrive; updates of a feed the replica has replaced are dropped. Guarded by the replica's lock.
 */
final class ReplicaFeed {

    final OvsdbClient client;
    MonitorSubscription subscription;
    boolean installed;
    final List<MonitorNotification> held = new ArrayList<>();

    ReplicaFeed(OvsdbClient client) {
        this.client = client;
    }
}
