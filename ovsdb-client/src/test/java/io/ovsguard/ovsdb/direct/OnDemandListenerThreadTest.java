package io.ovsguard.ovsdb.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OnDemandListenerThreadTest {

    @Test
    void noThreadUntilTheFirstTaskThenTasksRunInOrderOnTheNamedThread() throws InterruptedException {
        OnDemandListenerThread listeners = new OnDemandListenerThread("listener-test");
        assertThat(listeners.started()).isFalse();
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(3);

        for (String name : List.of("a", "b", "c")) {
            listeners.execute(() -> {
                seen.add(name + "@" + Thread.currentThread().getName());
                done.countDown();
            });
        }

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(listeners.started()).isTrue();
        assertThat(seen).containsExactly("a@listener-test", "b@listener-test", "c@listener-test");
        listeners.shutdown();
    }

    @Test
    void afterShutdownTasksAreRefusedWhetherOrNotTheThreadWasEverCreated() {
        OnDemandListenerThread never = new OnDemandListenerThread("never");
        never.shutdown();
        assertThatThrownBy(() -> never.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
        assertThat(never.started()).isFalse();
    }
}
