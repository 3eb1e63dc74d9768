package io.ovsguard.bench;

import java.util.Comparator;
import java.util.List;

/**
 * One replica peer's figures from one run; {@code heapBytes} is -1 where the peer measures memory
 * separately. {@code burstSeconds}/{@code serverSeconds}: the pipelined burst, until the peer applied
 * its last update and until the server answered its last transaction. {@code bulkSeconds}: the same
 * number of row updates in one transaction, until the peer applied it. {@code *Cpu}: CPU seconds the
 * peer process used for each step (for the sync, from its start, so including its runtime's start-up).
 */
record ReplicaRun(double syncSeconds, long rows, long heapBytes, double burstSeconds, double serverSeconds,
        double bulkSeconds, double syncCpu, double burstCpu, double bulkCpu) {

    /** Per figure, the median over runs. */
    static ReplicaRun median(List<ReplicaRun> runs) {
        return new ReplicaRun(
                mid(runs, Comparator.comparingDouble(ReplicaRun::syncSeconds)).syncSeconds(),
                runs.get(0).rows(),
                mid(runs, Comparator.comparingLong(ReplicaRun::heapBytes)).heapBytes(),
                mid(runs, Comparator.comparingDouble(ReplicaRun::burstSeconds)).burstSeconds(),
                mid(runs, Comparator.comparingDouble(ReplicaRun::serverSeconds)).serverSeconds(),
                mid(runs, Comparator.comparingDouble(ReplicaRun::bulkSeconds)).bulkSeconds(),
                mid(runs, Comparator.comparingDouble(ReplicaRun::syncCpu)).syncCpu(),
                mid(runs, Comparator.comparingDouble(ReplicaRun::burstCpu)).burstCpu(),
                mid(runs, Comparator.comparingDouble(ReplicaRun::bulkCpu)).bulkCpu());
    }

    private static ReplicaRun mid(List<ReplicaRun> runs, Comparator<ReplicaRun> order) {
        return runs.stream().sorted(order).toList().get(runs.size() / 2);
    }
}
