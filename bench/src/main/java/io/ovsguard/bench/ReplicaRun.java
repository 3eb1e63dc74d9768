package io.ovsguard.bench;

import java.util.Comparator;
import java.util.List;

/** One replica peer's figures from one run; {@code heapBytes} is -1 where the peer measures memory separately. */
record ReplicaRun(double syncSeconds, long rows, long heapBytes, double burstSeconds, double serverSeconds) {

    /** Per figure, the median over runs. */
    static ReplicaRun median(List<ReplicaRun> runs) {
        return new ReplicaRun(
                mid(runs, Comparator.comparingDouble(ReplicaRun::syncSeconds)).syncSeconds(),
                runs.get(0).rows(),
                mid(runs, Comparator.comparingLong(ReplicaRun::heapBytes)).heapBytes(),
                mid(runs, Comparator.comparingDouble(ReplicaRun::burstSeconds)).burstSeconds(),
                mid(runs, Comparator.comparingDouble(ReplicaRun::serverSeconds)).serverSeconds());
    }

    private static ReplicaRun mid(List<ReplicaRun> runs, Comparator<ReplicaRun> order) {
        return runs.stream().sorted(order).toList().get(runs.size() / 2);
    }
}
