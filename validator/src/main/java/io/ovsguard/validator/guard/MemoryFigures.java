package io.ovsguard.validator.guard;

import io.ovsguard.validator.vswitchd.HeapStats;
import java.util.Locale;
import java.util.Optional;

/**
 * How much memory a failed port needed and how much its socket had.
 *
 * @param neededMib    the smallest pool the port could have used (the last request of the halving loop), in MiB
 * @param availableMib what the socket could still give before the change, in MiB
 * @param heap         the socket's DPDK heap as ovs-vswitchd reports it, when it could be asked
 */
public record MemoryFigures(String port, int socket, double neededMib, double availableMib, Optional<HeapStats> heap) {

    /** {@code p1 needs 160.9 MiB on socket 0, 15.3 MiB available (short by 145.6 MiB; heap 64.0 MiB, 15.3 free)}. */
    public String summary() {
        String text = String.format(Locale.ROOT, "%s needs %.1f MiB on socket %d, %.1f MiB available (short by %.1f"
                + " MiB)", port, neededMib, socket, availableMib, Math.max(0, neededMib - availableMib));
        return text + heap.map(h -> String.format(Locale.ROOT, "; ovs-vswitchd's heap socket_%d: %.1f MiB, %.1f MiB"
                + " free", h.socket(), h.heapMib(), h.freeMib())).orElse("");
    }
}
