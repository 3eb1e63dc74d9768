package io.ovsguard.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.it.support.Clients;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.LockListener;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import io.ovsguard.sandbox.junit.WithSandbox;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** lock, steal and unlock between clients of a real ovsdb-server, with the locked and stolen notifications. */
@RequiresOvs
@ExtendWith(OvsSandboxExtension.class)
class LockIT {

    @WithSandbox
    static OvsSandbox sandbox;

    private static final class Events implements LockListener {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        @Override
        public void locked(String lockId) {
            events.add("locked " + lockId);
        }

        @Override
        public void stolen(String lockId) {
            events.add("stolen " + lockId);
        }

        String next() throws InterruptedException {
            String event = events.poll(10, TimeUnit.SECONDS);
            assertThat(event).as("a lock notification").isNotNull();
            return event;
        }
    }

    @Test
    void waiterGetsTheLockWhenTheHolderUnlocksAndLosesItToAThief() throws Exception {
        try (BlockingOvsdbClient holder = Clients.unix(sandbox);
             BlockingOvsdbClient waiter = Clients.unix(sandbox);
             BlockingOvsdbClient thief = Clients.unix(sandbox)) {
            Events waiterEvents = new Events();
            waiter.addLockListener(waiterEvents);

            assertThat(holder.lock("guard_lock")).isTrue();
            assertThat(waiter.lock("guard_lock")).isFalse();

            holder.unlock("guard_lock");
            assertThat(waiterEvents.next()).isEqualTo("locked guard_lock");

            assertThat(thief.steal("guard_lock")).isTrue();
            assertThat(waiterEvents.next()).isEqualTo("stolen guard_lock");
        }
    }
}
