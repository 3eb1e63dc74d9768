package io.ovsguard.ovsdb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorNotification;
import io.ovsguard.ovsdb.monitor.NonBlockingUpdateListener;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MonitorRegistryTest {

    private final List<Runnable> queued = new ArrayList<>();
    private final MonitorRegistry registry = new MonitorRegistry(queued::add);

    private static MonitorNotification update(int n) {
        return new MonitorNotification(MonitorMethod.MONITOR_COND_SINCE, "m1",
                Optional.of(new Uuid(new java.util.UUID(0, n))), new TableUpdates(Map.of()));
    }

    @Test
    void aNonBlockingListenerIsCalledOnTheRoutingThreadAfterTheHeldBackUpdatesInOrder() {
        List<String> seen = new ArrayList<>();
        NonBlockingUpdateListener listener = n -> seen.add(Thread.currentThread().getName() + " "
                + n.lastTxnId().orElseThrow().value().getLeastSignificantBits());
        registry.pending("m1", Fixtures.vswitchSchema(), listener);
        registry.route(update(1));
        registry.route(update(2));
        assertThat(seen).as("held back until the reply").isEmpty();

        registry.activate("m1");
        registry.route(update(3));

        String here = Thread.currentThread().getName();
        assertThat(seen).containsExactly(here + " 1", here + " 2", here + " 3");
        assertThat(queued).as("nothing handed to the delivery executor").isEmpty();
    }

    @Test
    void anOrdinaryListenerIsCalledThroughTheDeliveryExecutor() {
        List<MonitorNotification> seen = new ArrayList<>();
        registry.pending("m1", Fixtures.vswitchSchema(), seen::add);
        registry.activate("m1");

        registry.route(update(1));

        assertThat(seen).isEmpty();
        assertThat(queued).hasSize(1);
        queued.get(0).run();
        assertThat(seen).containsExactly(update(1));
    }

    @Test
    void aFailingNonBlockingListenerDoesNotStopTheUpdatesAfterIt() {
        List<MonitorNotification> seen = new ArrayList<>();
        NonBlockingUpdateListener listener = n -> {
            seen.add(n);
            if (seen.size() == 1) {
                throw new IllegalStateException("listener bug");
            }
        };
        registry.pending("m1", Fixtures.vswitchSchema(), listener);
        registry.activate("m1");

        registry.route(update(1));
        registry.route(update(2));

        assertThat(seen).containsExactly(update(1), update(2));
    }
}
