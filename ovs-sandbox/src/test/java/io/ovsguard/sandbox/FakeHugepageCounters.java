package io.ovsguard.sandbox;

/**
 * An in-memory kernel pool: {@code used} pages belong to running programs, the kernel grants at most
 * {@code capacity} pages in all, and shrinking below the used pages leaves the used ones in place.
 */
final class FakeHugepageCounters implements HugepageCounters {
    private final int capacity;
    private final long availableKb;
    private int total;
    private int used;

    FakeHugepageCounters(int total, int used, int capacity, long availableKb) {
        this.total = total;
        this.used = used;
        this.capacity = capacity;
        this.availableKb = availableKb;
    }

    static FakeHugepageCounters roomy() {
        return new FakeHugepageCounters(0, 0, 10_000, 24L * 1024 * 1024);
    }

    /** A program takes free pages (like an EAL starting). */
    synchronized void use(int pages) {
        if (pages > total - used) {
            throw new IllegalStateException("only " + (total - used) + " free");
        }
        used += pages;
    }

    @Override
    public boolean supported() {
        return true;
    }

    @Override
    public synchronized int total() {
        return total;
    }

    @Override
    public synchronized int free() {
        return total - used;
    }

    @Override
    public synchronized void requestTotal(int pages) {
        total = Math.max(used, Math.min(pages, capacity));
    }

    @Override
    public long availableMemoryKb() {
        return availableKb;
    }
}
