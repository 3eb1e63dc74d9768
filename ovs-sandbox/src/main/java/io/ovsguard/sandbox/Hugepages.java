package io.ovsguard.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reserves 2 MB hugepages for DPDK sandboxes on demand, and gives them back.
 *
 * <p><b>Shared pool.</b> The kernel has one counter ({@code nr_hugepages}) for every sandbox in every JVM on the
 * host. Each change is therefore relative ("add mine", "remove mine", never "set to what I saw"), made under an
 * exclusive file lock ({@link #DEFAULT_LOCK}), and written to a ledger ({@link #DEFAULT_LEDGER}) that names the
 * owner and its JVM pid. Reservations of JVMs that died are given back by the next one who takes the lock.
 *
 * <p><b>{@link HugepageDemand.Additional}</b>: raises the pool by N pages after checking that MemAvailable can hold
 * them and that the kernel granted all of them (it grants fewer when memory is fragmented; then nothing is kept and
 * the reservation fails). Closing lowers the pool by exactly N, whatever other sandboxes did meanwhile. The lock is
 * held only while the counter changes, so additive sandboxes run side by side.
 *
 * <p><b>{@link HugepageDemand.ExactlyFree}</b>: waits until no other reservation is live, then keeps the lock for
 * its whole life and sets the pool so that exactly N pages are free; {@link HugepageReservation#reassert()} does it
 * again before each ovs-vswitchd (re)start. No other sandbox can reserve meanwhile, so the free count is exactly
 * what this sandbox's ovs-vswitchd sees when it starts. Closing undoes the net change.
 *
 * <p><b>{@link HugepageDemand.Unmanaged}</b>: nothing is reserved.
 */
public final class Hugepages {
    private static final Logger log = LoggerFactory.getLogger(Hugepages.class);

    public static final Path DEFAULT_LOCK = Path.of("/tmp/ovsguard-hugepages.lock");
    public static final Path DEFAULT_LEDGER = Path.of("/tmp/ovsguard-hugepages.ledger");
    public static final Duration DEFAULT_WAIT = Duration.ofMinutes(2);
    private static final long PAGE_KB = 2048;

    private final HugepageCounters counters;
    private final HugepageLock lock;
    private final HugepageLedger ledger;
    private final Duration wait;

    public Hugepages(HugepageCounters counters, Path lockFile, Path ledgerFile, Duration wait) {
        this.counters = Objects.requireNonNull(counters, "counters");
        this.lock = new HugepageLock(lockFile);
        this.ledger = new HugepageLedger(ledgerFile);
        this.wait = Objects.requireNonNull(wait, "wait");
    }

    /** The host's real pool, with the default lock and ledger in /tmp. */
    public static Hugepages system() {
        return new Hugepages(new KernelHugepageCounters(), DEFAULT_LOCK, DEFAULT_LEDGER, DEFAULT_WAIT);
    }

    public HugepageCounters counters() {
        return counters;
    }

    /** The live reservations, as the ledger records them. */
    public List<HugepageLedger.Entry> reservations() {
        return ledger.entries();
    }

    /** Reserves what {@code demand} asks for; {@code owner} (one word) names the reservation in the ledger. */
    public HugepageReservation reserve(HugepageDemand demand, String owner) {
        if (demand instanceof HugepageDemand.Additional additional) {
            return add(additional.pages(), owner);
        }
        if (demand instanceof HugepageDemand.ExactlyFree exact) {
            return holdExactlyFree(exact.pages(), owner);
        }
        return HugepageReservation.none();
    }

    private HugepageReservation add(int pages, String owner) {
        requireSupport();
        return underLock(() -> {
            reclaimDeadOwners();
            long neededKb = pages * PAGE_KB;
            long availableKb = counters.availableMemoryKb();
            if (neededKb > availableKb) {
                throw new SandboxException("cannot reserve " + pages + " hugepages (" + neededKb / 1024
                        + " MB): only " + availableKb / 1024 + " MB of memory is available");
            }
            int granted = grow(pages);
            if (granted < pages) {
                throw new SandboxException("the kernel granted only " + granted + " of " + pages
                        + " requested 2 MB hugepages (memory fragmented?); gave them back");
            }
            HugepageLedger.Entry entry = new HugepageLedger.Entry(owner, jvmPid(), HugepageLedger.Kind.ADD, pages);
            ledger.add(entry);
            log.debug("reserved {} hugepages for {} (pool now {})", pages, owner, counters.total());
            return HugepageReservation.additive(this, entry);
        });
    }

    private HugepageReservation holdExactlyFree(int freePages, String owner) {
        requireSupport();
        HugepageLock.Held held = awaitSoleHolder(owner);
        try {
            HugepageLedger.Entry entry = new HugepageLedger.Entry(owner, jvmPid(), HugepageLedger.Kind.EXACT, 0);
            ledger.add(entry);
            HugepageReservation reservation = HugepageReservation.exclusive(this, entry, held, freePages);
            reservation.reassert();
            return reservation;
        } catch (RuntimeException e) {
            held.close();
            throw e;
        }
    }

    /** Takes the lock at a moment when no other live reservation exists, polling until {@link #wait}. */
    private HugepageLock.Held awaitSoleHolder(String owner) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
            HugepageLock.Held held = lock.acquire(left);
            reclaimDeadOwners();
            List<HugepageLedger.Entry> others = ledger.entries();
            if (others.isEmpty()) {
                return held;
            }
            held.close();
            if (System.nanoTime() - deadline >= 0) {
                throw new SandboxException(owner + " needs an exact free-hugepage count, but other sandboxes still"
                        + " hold hugepages after " + wait + ": " + others);
            }
            Polling.pause(Duration.ofMillis(50));
        }
    }

    /** Makes exactly {@code freePages} free; returns the change made to the pool. Call with the lock held. */
    int adjustToFree(int freePages) {
        int before = counters.total();
        int change = freePages - counters.free();
        counters.requestTotal(before + change);
        int after = counters.total();
        if (counters.free() != freePages) {
            counters.requestTotal(before);
            throw new SandboxException("cannot make exactly " + freePages + " hugepages free: the pool went from "
                    + before + " to " + after + " pages with " + counters.free() + " free; restored " + before);
        }
        return after - before;
    }

    /** Gives back {@code pages} (negative: takes back what was removed). Call with the lock held. */
    void shrink(int pages) {
        counters.requestTotal(Math.max(0, counters.total() - pages));
    }

    /**
     * Gives back every additive reservation {@code owner} holds, whichever JVM made it: a detached sandbox's, when
     * another process stops it ({@link DetachedSandbox#stop}). Returns the pages given back.
     */
    public int releaseOwner(String owner) {
        if (!counters.supported()) {
            return 0;
        }
        return underLock(() -> {
            int pages = 0;
            for (HugepageLedger.Entry entry : ledger.entries()) {
                if (entry.owner().equals(owner) && entry.kind() == HugepageLedger.Kind.ADD) {
                    shrink(entry.delta());
                    ledger.remove(entry);
                    pages += entry.delta();
                    log.debug("returned {} hugepages of {} (pool now {})", entry.delta(), owner, counters.total());
                }
            }
            return pages;
        });
    }

    /**
     * Gives back now what JVMs that died still hold in the ledger (the next reservation would do it anyway), so that
     * the pool stays put while a caller measures it.
     */
    public void giveBackWhatDeadJvmsHold() {
        if (counters.supported()) {
            underLock(() -> {
                reclaimDeadOwners();
                return null;
            });
        }
    }

    /** Lowers the pool by an additive reservation and drops its ledger line. */
    void release(HugepageLedger.Entry entry) {
        underLock(() -> {
            shrink(entry.delta());
            ledger.remove(entry);
            log.debug("returned {} hugepages of {} (pool now {})", entry.delta(), entry.owner(), counters.total());
            return entry;
        });
    }

    private <T> T underLock(Supplier<T> action) {
        HugepageLock.Held held = lock.acquire(wait);
        try {
            return action.get();
        } finally {
            held.close();
        }
    }

    HugepageLedger ledger() {
        return ledger;
    }

    private int grow(int pages) {
        int before = counters.total();
        counters.requestTotal(before + pages);
        int granted = counters.total() - before;
        if (granted < pages) {
            counters.requestTotal(before);
        }
        return granted;
    }

    private void reclaimDeadOwners() {
        for (HugepageLedger.Entry entry : ledger.entries()) {
            if (!entry.ownerAlive()) {
                log.warn("JVM {} died holding {} hugepages for {}; giving them back", entry.jvmPid(), entry.delta(),
                        entry.owner());
                shrink(entry.delta());
                ledger.remove(entry);
            }
        }
    }

    private void requireSupport() {
        if (!counters.supported()) {
            throw new SandboxException("this kernel offers no 2 MB hugepages (no hugepages-2048kB in sysfs)");
        }
    }

    private static long jvmPid() {
        return ProcessHandle.current().pid();
    }
}
