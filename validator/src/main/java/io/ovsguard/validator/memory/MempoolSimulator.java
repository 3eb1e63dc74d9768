package io.ovsguard.validator.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Replays, step by step, what ovs-vswitchd does with mempools on each socket: look up a shared pool by
 * (socket, buffer class), otherwise sweep released pools and create a new one with the halving retry; then set
 * the device up. An MTU change creates the new pool while the old one is still held (memory-model §4,
 * calibration §4.1). One simulator is one switch lifetime; it is not thread-safe and never does I/O.
 */
public final class MempoolSimulator {

    private final MemoryProfile profile;
    private final PoolPolicy policy;
    private final Map<Integer, SocketBudget> budgets;
    private final Map<Integer, Long> used = new HashMap<>();
    private final List<Pool> pools = new ArrayList<>();
    private final Map<String, PortState> ports = new LinkedHashMap<>();

    /** A live or released pool. Mutable on purpose: the simulator models refcounts. */
    private static final class Pool {
        final int socket;
        final int adjMtu;
        final int objectBytes;
        final int mbufs;
        final int firstRequest;
        final long bytes;
        final String owner;   // per-port pools only: name collisions (EEXIST) reuse the pool
        int refcount = 1;

        Pool(int socket, BufferClass cls, int mbufs, int firstRequest, long bytes, String owner) {
            this.socket = socket;
            this.adjMtu = cls.adjMtu();
            this.objectBytes = cls.objectBytes();
            this.mbufs = mbufs;
            this.firstRequest = firstRequest;
            this.bytes = bytes;
            this.owner = owner;
        }
    }

    /** One port's current state. */
    private static final class PortState {
        PortSpec spec;
        Optional<Pool> pool = Optional.empty();
        Outcome outcome = Outcome.OK;

        PortState(PortSpec spec) {
            this.spec = spec;
        }
    }

    /** A pool request, resolved for a port. */
    private record Request(BufferClass cls, List<Integer> attempts, String owner) {
    }

    public MempoolSimulator(MemoryProfile profile, PoolPolicy policy, Map<Integer, SocketBudget> budgets,
                            int mainSocket) {
        this.profile = profile;
        this.policy = policy;
        this.budgets = Map.copyOf(budgets);
        used.merge(mainSocket, profile.idleHeapBytes(), Long::sum);
    }

    /** Heap in use per socket, by pools (released ones included until swept), queues and DPDK itself. */
    public Map<Integer, Long> usedBytes() {
        return Map.copyOf(used);
    }

    public Optional<Outcome> outcomeOf(String port) {
        return Optional.ofNullable(ports.get(port)).map(p -> p.outcome);
    }

    /** add-port: the port is opened and configured at its requested MTU. */
    public StepPrediction addPort(PortSpec spec, String action) {
        PortState state = new PortState(spec);
        ports.put(spec.name(), state);
        if (profile.buildsAt1500First() && spec.mtu() != 1500) {
            // v2.5/v2.6 build the device at 1500 first, then apply mtu_request at reconfigure (memory-model §4).
            StepPrediction first = open(state, spec.withMtu(1500), action);
            if (!first.ok()) {
                return first;
            }
            return change(state, spec, action);
        }
        return open(state, spec, action);
    }

    /** Every port whose add failed is tried again at each later reconfiguration (calibration §4.1 finding 4). */
    public List<StepPrediction> retryFailedPorts() {
        List<StepPrediction> retries = new ArrayList<>();
        for (PortState state : ports.values()) {
            if (state.outcome == Outcome.FAIL) {
                retries.add(open(state, state.spec, "retry"));
            }
        }
        return retries;
    }

    /** set Interface: a new MTU or new queue settings on an existing port. */
    public StepPrediction reconfigurePort(PortSpec spec, String action) {
        PortState state = ports.get(spec.name());
        if (state == null) {
            return addPort(spec, action);
        }
        if (state.outcome == Outcome.FAIL || state.pool.isEmpty()) {
            return open(state, spec, action);
        }
        return change(state, spec, action);
    }

    private StepPrediction open(PortState state, PortSpec spec, String action) {
        state.spec = spec;
        int socket = spec.socket();
        long availableBefore = available(socket);
        Request request = request(spec);
        Optional<Pool> reuse = lookup(socket, request, Optional.empty());
        Acquired acquired = acquire(socket, request, reuse);
        if (acquired.pool.isEmpty()) {
            state.outcome = Outcome.FAIL;
            state.pool = Optional.empty();
            // After the 16.07 leak only the first request could ever have worked: that is what it needs.
            long needed = acquired.cause == FailureCause.POPULATE_LEAK ? fullBytes(spec, request)
                    : minimumBytes(spec, request);
            return prediction(spec, action, Outcome.FAIL, request, acquired, availableBefore, needed, acquired.cause);
        }
        Pool pool = acquired.pool.get();
        long setup = setupBytes(spec);
        long reserve = budget(socket).grows() && used(socket) > budget(socket).preallocBytes()
                ? profile.dynamicFragmentReserveBytes() : 0;
        if (setup + reserve > available(socket)) {
            release(pool);
            state.outcome = Outcome.FAIL;
            state.pool = Optional.empty();
            long needed = (acquired.reused ? 0 : pool.bytes) + setup + reserve;
            // The port has no pool afterwards; the released one stays allocated until the next sweep (G01).
            Acquired noPool = new Acquired(Optional.empty(), acquired.reused, acquired.attempts,
                    FailureCause.DEVICE_SETUP);
            return prediction(spec, action, Outcome.FAIL, request, noPool, availableBefore, needed,
                    FailureCause.DEVICE_SETUP);
        }
        used.merge(socket, setup, Long::sum);
        state.pool = Optional.of(pool);
        state.outcome = Outcome.OK;
        return prediction(spec, action, Outcome.OK, request, acquired, availableBefore,
                (acquired.reused ? 0 : pool.bytes) + setup, FailureCause.NONE);
    }

    private StepPrediction change(PortState state, PortSpec spec, String action) {
        int socket = spec.socket();
        long availableBefore = available(socket);
        Request request = request(spec);
        Pool old = state.pool.orElseThrow();
        if (!policy.perPortMemory() && old.socket == socket && old.adjMtu == request.cls.adjMtu()) {
            state.spec = spec;
            state.outcome = Outcome.OK;   // same buffer class: OVS returns at once (memory-model §4)
            return prediction(spec, action, Outcome.OK, request, new Acquired(Optional.of(old), true,
                    List.of(), FailureCause.NONE), availableBefore, 0, FailureCause.NONE);
        }
        Optional<Pool> reuse = lookup(socket, request, Optional.of(old));
        Acquired acquired = acquire(socket, request, reuse);
        if (acquired.pool.isEmpty()) {
            // The old pool is kept; OVS 2.7.1+ drops the port from the datapath, older ones keep it at the old MTU.
            state.outcome = Outcome.STALE;
            state.spec = spec;
            return prediction(spec, action, Outcome.STALE, request, acquired, availableBefore,
                    minimumBytes(spec, request) - setupBytes(spec), acquired.cause);
        }
        Pool pool = acquired.pool.get();
        release(old);   // also undoes the extra reference when a same-name per-port pool was reused
        state.pool = Optional.of(pool);
        state.spec = spec;
        state.outcome = Outcome.OK;
        return prediction(spec, action, Outcome.OK, request, acquired, availableBefore,
                acquired.reused ? 0 : pool.bytes, FailureCause.NONE);
    }

    /** The result of dpdk_mp_get. */
    private record Acquired(Optional<Pool> pool, boolean reused, List<Integer> attempts, FailureCause cause) {
    }

    private Acquired acquire(int socket, Request request, Optional<Pool> reuse) {
        if (reuse.isPresent()) {
            Pool pool = reuse.get();
            pool.refcount++;
            sweep();   // OVS 2.10+: "Sweep mempools after reuse or before create"
            return new Acquired(reuse, true, List.of(), FailureCause.NONE);
        }
        sweep();
        List<Integer> tried = new ArrayList<>();
        long pageBytes = budget(socket).pageBytes();
        for (int n : request.attempts) {
            tried.add(n);
            long bytes = PoolFootprint.bytes(profile, n, request.cls.objectBytes(), pageBytes);
            if (bytes <= available(socket)) {
                Pool pool = new Pool(socket, request.cls, n, request.attempts.get(0), bytes, request.owner);
                pools.add(pool);
                used.merge(socket, bytes, Long::sum);
                return new Acquired(Optional.of(pool), false, tried, FailureCause.NONE);
            }
            if (profile.populateLeaks()) {
                // DPDK 16.07 keeps the largest free zone it reserved for the failed request (memory-model §8).
                used.put(socket, Math.max(used(socket), budget(socket).capacityBytes()));
                tried.addAll(request.attempts.subList(tried.size(), request.attempts.size()));
                return new Acquired(Optional.empty(), false, tried, FailureCause.POPULATE_LEAK);
            }
        }
        FailureCause cause = budget(socket).initShortBytes() > 0 ? FailureCause.DPDK_INIT
                : FailureCause.POOL_TOO_LARGE;
        return new Acquired(Optional.empty(), false, tried, cause);
    }

    /** A shared pool of the same socket and class (released-but-unswept ones count), or a same-name per-port pool. */
    private Optional<Pool> lookup(int socket, Request request, Optional<Pool> held) {
        for (Pool pool : pools) {
            boolean sameClass = pool.socket == socket && pool.adjMtu == request.cls.adjMtu();
            if (!policy.perPortMemory() && sameClass && pool.owner.isEmpty()) {
                return Optional.of(pool);
            }
            if (policy.perPortMemory() && sameClass && pool.owner.equals(request.owner)
                    && pool.firstRequest == request.attempts.get(0)
                    && (pool.refcount > 0 || held.isPresent() && held.get() == pool)) {
                return Optional.of(pool);   // identical name: rte_mempool_create fails with EEXIST, OVS reuses
            }
        }
        return Optional.empty();
    }

    private void release(Pool pool) {
        pool.refcount--;
        if (pool.refcount <= 0 && !profile.lazyFree()) {
            free(pool);
        }
    }

    /** OVS 2.10+ frees pools at refcount 0 only here; older versions free them at once in release. */
    private void sweep() {
        Iterator<Pool> it = pools.iterator();
        while (it.hasNext()) {
            Pool pool = it.next();
            if (pool.refcount <= 0) {
                it.remove();
                used.merge(pool.socket, -pool.bytes, Long::sum);
            }
        }
    }

    private void free(Pool pool) {
        if (pools.remove(pool)) {
            used.merge(pool.socket, -pool.bytes, Long::sum);
        }
    }

    private Request request(PortSpec spec) {
        BufferClass own = BufferClass.of(profile, spec.mtu(), policy.channels(), policy.ranks());
        if (policy.perPortMemory() && profile.perPortSupported()) {
            long n = spec.descriptors(policy.txqPerPort())
                    + (long) Math.min(MemoryProfile.RTE_MAX_LCORE, spec.nRxq()) * MemoryProfile.MAX_BURST
                    + MemoryProfile.MIN_NB_MBUF;
            return new Request(own, halvings((int) Math.min(n, Integer.MAX_VALUE)), spec.name());
        }
        BufferClass cls = sharedClass(spec, own);
        boolean full = profile.era() == SizingEra.V2_5 || !profile.smallMtuStartsAtMinimum() || cls.adjMtu() >= 1500;
        return new Request(cls, halvings(full ? MemoryProfile.MAX_NB_MBUF : MemoryProfile.MIN_NB_MBUF), "");
    }

    /** With shared-mempool-config, the smallest configured class on the socket that holds the port's MTU. */
    private BufferClass sharedClass(PortSpec spec, BufferClass own) {
        if (!profile.readsSharedMempoolConfig()) {
            return own;
        }
        BufferClass best = own;
        boolean found = false;
        for (int mtu : policy.sharedConfig().mtusFor(spec.socket())) {
            BufferClass c = BufferClass.of(profile, mtu, policy.channels(), policy.ranks());
            if (c.adjMtu() >= own.adjMtu() && (!found || c.adjMtu() < best.adjMtu())) {
                best = c;
                found = true;
            }
        }
        return best;
    }

    /** n, n/2, ... while the halved count stays at least MIN_NB_MBUF (memory-model §1). */
    static List<Integer> halvings(int first) {
        List<Integer> attempts = new ArrayList<>();
        int n = first;
        do {
            attempts.add(n);
            n /= 2;
        } while (n >= MemoryProfile.MIN_NB_MBUF);
        return attempts;
    }

    private long minimumBytes(PortSpec spec, Request request) {
        int smallest = request.attempts.get(request.attempts.size() - 1);
        return PoolFootprint.bytes(profile, smallest, request.cls.objectBytes(), budget(spec.socket()).pageBytes())
                + setupBytes(spec);
    }

    private long fullBytes(PortSpec spec, Request request) {
        return PoolFootprint.bytes(profile, request.attempts.get(0), request.cls.objectBytes(),
                budget(spec.socket()).pageBytes()) + setupBytes(spec);
    }

    private long setupBytes(PortSpec spec) {
        return spec.physical() ? profile.physicalSetupBytes() : profile.vdevSetupBytes();
    }

    private long available(int socket) {
        return budget(socket).capacityBytes() - used(socket);
    }

    private long used(int socket) {
        return used.getOrDefault(socket, 0L);
    }

    private SocketBudget budget(int socket) {
        SocketBudget b = budgets.get(socket);
        return b != null ? b : new SocketBudget(socket, 0, 0, 2L << 20, SocketBudget.Limit.FREE_HUGEPAGES,
                MemoryMode.DYNAMIC, 0);
    }

    private StepPrediction prediction(PortSpec spec, String action, Outcome outcome, Request request,
                                      Acquired acquired, long availableBefore, long needed, FailureCause cause) {
        OptionalInt mbufs = acquired.pool.map(p -> OptionalInt.of(p.mbufs)).orElse(OptionalInt.empty());
        long full = fullBytes(spec, request);
        return new StepPrediction(spec.name(), action, outcome, spec.socket(), spec.mtu(), acquired.attempts, mbufs,
                request.cls.objectBytes(), request.cls.adjMtu(), acquired.reused, needed, availableBefore, full,
                cause, budget(spec.socket()).limit());
    }
}
