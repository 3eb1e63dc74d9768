package io.ovsguard.ovsdb.cluster;

import io.ovsguard.ovsdb.OvsdbClient;

/** Hears, once per connection, that the member a client is connected to can no longer be used. */
@FunctionalInterface
public interface MemberLossListener {

    /** {@code reason} is one line, naming the remote. Runs on the client's delivery thread; keep it short. */
    void onMemberLost(OvsdbClient client, String reason);
}
