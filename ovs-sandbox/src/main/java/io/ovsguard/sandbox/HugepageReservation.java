package io.ovsguard.sandbox;

import java.util.Optional;

/**
 * What one sandbox took from the hugepage pool; closing gives exactly that back. See {@link Hugepages} for the
 * semantics of each kind.
 */
public final class HugepageReservation implements AutoCloseable {
    private final Hugepages pool;
    private final HugepageDemand demand;
    private final HugepageLock.Held exclusiveLock;
    private HugepageLedger.Entry entry;
    private boolean closed;

    private HugepageReservation(Hugepages pool, HugepageDemand demand, HugepageLedger.Entry entry,
            HugepageLock.Held exclusiveLock) {
        this.pool = pool;
        this.demand = demand;
        this.entry = entry;
        this.exclusiveLock = exclusiveLock;
    }

    static HugepageReservation none() {
        return new HugepageReservation(null, new HugepageDemand.Unmanaged(), null, null);
    }

    static HugepageReservation additive(Hugepages pool, HugepageLedger.Entry entry) {
        return new HugepageReservation(pool, new HugepageDemand.Additional(entry.delta()), entry, null);
    }

    static HugepageReservation exclusive(Hugepages pool, HugepageLedger.Entry entry, HugepageLock.Held lock,
            int freePages) {
        return new HugepageReservation(pool, new HugepageDemand.ExactlyFree(freePages), entry, lock);
    }

    public HugepageDemand demand() {
        return demand;
    }

    /** The net number of pages this reservation added to the pool so far (negative if it removed some). */
    public synchronized int pagesAdded() {
        return entry == null ? 0 : entry.delta();
    }

    /** The ledger line, while the reservation is live. */
    public synchronized Optional<HugepageLedger.Entry> ledgerEntry() {
        return closed ? Optional.empty() : Optional.ofNullable(entry);
    }

    /**
     * For an exact reservation, makes the free count exactly what was asked again (call right before ovs-vswitchd
     * starts); for other kinds, nothing to do.
     */
    public synchronized void reassert() {
        if (closed) {
            throw new SandboxException("hugepage reservation is already closed");
        }
        if (!(demand instanceof HugepageDemand.ExactlyFree exact)) {
            return;
        }
        int change = pool.adjustToFree(exact.pages());
        if (change != 0) {
            HugepageLedger.Entry updated = new HugepageLedger.Entry(entry.owner(), entry.jvmPid(), entry.kind(),
                    entry.delta() + change);
            pool.ledger().replace(entry, updated);
            entry = updated;
        }
    }

    @Override
    public synchronized void close() {
        if (closed || pool == null) {
            closed = true;
            return;
        }
        closed = true;
        if (exclusiveLock == null) {
            pool.release(entry);
            return;
        }
        try (exclusiveLock) {
            pool.shrink(entry.delta());
            pool.ledger().remove(entry);
        }
    }
}
