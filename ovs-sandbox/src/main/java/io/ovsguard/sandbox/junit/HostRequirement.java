package io.ovsguard.sandbox.junit;

import io.ovsguard.sandbox.HugepageCounters;
import io.ovsguard.sandbox.OvsBinaries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a test needs from the host, and the check that lists what is missing. */
enum HostRequirement {
    OVS, HUGEPAGES, DPDK;

    /** The host facts a requirement is checked against; a record so tests can describe any host. */
    record Host(List<Path> missingOvsPrograms, List<Path> missingDpdkPrograms, boolean hugepagesSupported,
            boolean hugepagePoolWritable) {
        Host {
            missingOvsPrograms = List.copyOf(missingOvsPrograms);
            missingDpdkPrograms = List.copyOf(missingDpdkPrograms);
        }

        static Host probe(OvsBinaries binaries, HugepageCounters counters, Path poolFile) {
            List<Path> dpdkOnly = new ArrayList<>(binaries.missingForVswitchd());
            dpdkOnly.removeAll(binaries.missingForOvsdbServer());
            return new Host(binaries.missingForSsl(), dpdkOnly, counters.supported(), Files.isWritable(poolFile));
        }
    }

    /** Human-readable reasons this host cannot run the test; empty when it can. */
    List<String> problems(Host host) {
        List<String> problems = new ArrayList<>();
        if (this != HUGEPAGES && !host.missingOvsPrograms().isEmpty()) {
            problems.add("Open vSwitch programs missing: " + host.missingOvsPrograms());
        }
        if (this == DPDK && !host.missingDpdkPrograms().isEmpty()) {
            problems.add("DPDK ovs-vswitchd missing: " + host.missingDpdkPrograms());
        }
        if (this != OVS && !host.hugepagesSupported()) {
            problems.add("the kernel offers no 2 MB hugepages");
        }
        if (this != OVS && host.hugepagesSupported() && !host.hugepagePoolWritable()) {
            problems.add("cannot change the hugepage pool (needs root)");
        }
        return List.copyOf(problems);
    }
}
