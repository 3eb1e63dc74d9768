package io.ovsguard.it.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresDpdk;
import io.ovsguard.sandbox.junit.RequiresHugepages;
import io.ovsguard.sandbox.junit.WithSandbox;
import io.ovsguard.validator.guard.DpdkChanges;
import io.ovsguard.validator.guard.GuardOptions;
import io.ovsguard.validator.guard.GuardOutcome;
import io.ovsguard.validator.guard.GuardedCommit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The soak run, outside the IT suite (its name does not end in IT): {@code scripts/soak-guard.sh [n]}. On one real
 * DPDK switch with 64 MB of socket memory and a working port p0, it forces {@code n} failing changes alternately (an
 * add-port p1 at MTU 9000, and p0's MTU to 9000), each to be rolled back, and counts after how many the database
 * equals the dump taken just before it (the configuration, for the MTU change, whose port ovs-vswitchd re-adds). The result
 * goes to stdout and {@code target/soak-guard.txt}; the test fails unless every run left the database identical.
 */
@RequiresDpdk
@RequiresHugepages
@ExtendWith(OvsSandboxExtension.class)
class GuardSoak {

    private static final Logger log = LoggerFactory.getLogger(GuardSoak.class);

    @Test
    void everyForcedFailureIsRolledBackToAnIdenticalDatabase(
            @WithSandbox(vswitchd = true, socketMemMb = 64, socketLimitMb = 64) OvsSandbox sandbox) throws IOException {
        int runs = Integer.getInteger("ovsguard.soak.runs", 100);
        GuardOptions forced = GuardOptions.defaults().withForce(true);
        try (BlockingOvsdbClient client = GuardedCommitIT.bridge(sandbox)) {
            sandbox.vsctl("--timeout=30", "add-port", "br0", "p0", "--", "set", "Interface", "p0", "type=dpdk",
                    "options:dpdk-devargs=net_null0").orThrow();
            GuardedCommit guard = GuardedCommitIT.guard(client, sandbox);
            Map<String, Integer> outcomes = new TreeMap<>();
            List<String> mismatches = new ArrayList<>();
            int identical = 0;
            long start = System.nanoTime();
            for (int i = 1; i <= runs; i++) {
                boolean addPort = i % 2 == 1;
                DatabaseDump before = DatabaseDump.read(client);
                GuardOutcome outcome = guard.apply(addPort ? GuardedCommitIT.jumboPort(client, forced)
                        : DpdkChanges.setMtuRequest(client, "p0", 9000, forced));
                String kind = (addPort ? "add-port " : "mtu-change ") + outcome.getClass().getSimpleName();
                outcomes.merge(kind, 1, Integer::sum);
                DatabaseDump after = DatabaseDump.read(client);
                boolean same = addPort ? after.equals(before) : after.configuration().equals(before.configuration());
                boolean rolledBack = outcome instanceof GuardOutcome.RolledBack r && r.identical();
                if (same && rolledBack) {
                    identical++;
                } else {
                    mismatches.add("run " + i + ": " + outcome.summary() + (same ? "" : " (database differs: "
                            + before.differencesTo(after) + ")"));
                }
                if (i % 10 == 0) {
                    log.info("soak: {}/{} runs, {} identical", i, runs, identical);
                }
            }
            String summary = String.format(Locale.ROOT, "soak-guard: %d of %d forced failures rolled back with the"
                    + " database identical to before (%.1f s); outcomes %s%s", identical, runs,
                    (System.nanoTime() - start) / 1e9, outcomes, mismatches.isEmpty() ? ""
                    : System.lineSeparator() + String.join(System.lineSeparator(), mismatches));
            Files.writeString(Path.of("target", "soak-guard.txt"), summary + System.lineSeparator());
            log.info(summary);
            assertThat(mismatches).isEmpty();
        }
    }
}
