package io.ovsguard.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One replica peer's figures from one run. Wall seconds: {@code sync} from creating the replica to
 * holding every Interface row; {@code burst} from the harness starting its pipelined transactions to
 * the peer having applied the last one; {@code warm} the same for a second such burst right after
 * the first (a Java peer's JIT compiler has then compiled its hot paths); {@code bulk} from the harness sending one transaction that
 * updates every Interface row to the peer having applied it. CPU seconds are the peer process's own
 * (all threads, user + system), as the peer reports them at those points, so neither its start-up
 * nor the harness's or the server's work is in them.
 *
 * <p>Server-bound shares, measured in the same run: {@code dumpFirstByte}, a raw client's time from
 * sending the same monitor request to the reply's first byte (the server builds the whole reply
 * first); {@code serverBurst} and {@code serverWarm}, until the server answered the harness's last pipelined
 * transaction;
 * {@code serverBulk}, until it answered the bulk transaction. {@code heapBytes} is -1 where the
 * peer measures memory separately.
 */
record ReplicaRun(double syncSeconds, double syncCpu, double dumpFirstByte, long rows, long heapBytes,
        double burstSeconds, double burstCpu, double serverBurst, double warmSeconds, double warmCpu,
        double serverWarm, double bulkSeconds, double bulkCpu, double serverBulk) {

    /** The peer's own share of the sync's wall time: after the server's reply began to arrive. */
    double syncAfterDump() {
        return syncSeconds - dumpFirstByte;
    }

    /** Per figure, the median over runs (each figure on its own). */
    static ReplicaRun median(List<ReplicaRun> runs) {
        return new ReplicaRun(
                mid(runs, ReplicaRun::syncSeconds), mid(runs, ReplicaRun::syncCpu),
                mid(runs, ReplicaRun::dumpFirstByte), runs.get(0).rows(),
                (long) mid(runs, r -> (double) r.heapBytes()),
                mid(runs, ReplicaRun::burstSeconds), mid(runs, ReplicaRun::burstCpu), mid(runs, ReplicaRun::serverBurst),
                mid(runs, ReplicaRun::warmSeconds), mid(runs, ReplicaRun::warmCpu), mid(runs, ReplicaRun::serverWarm),
                mid(runs, ReplicaRun::bulkSeconds), mid(runs, ReplicaRun::bulkCpu), mid(runs, ReplicaRun::serverBulk));
    }

    /** The median of the peer's own share of the sync's wall time. */
    static double medianSyncAfterDump(List<ReplicaRun> runs) {
        return mid(runs, ReplicaRun::syncAfterDump);
    }

    private static double mid(List<ReplicaRun> runs, ToDoubleFunction<ReplicaRun> figure) {
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }
}
