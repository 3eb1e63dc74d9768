package io.ovsguard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.sandbox.junit.RequiresDpdk;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real DPDK ovs-vswitchd sandboxes (net_null ports, no NIC). Each test closes its sandbox as soon as it is done,
 * because the PMD thread busy-polls a core.
 */
@RequiresDpdk
class DpdkSandboxTest {
    private final HugepageCounters kernel = new KernelHugepageCounters();

    /**
     * The tests compare the pool before and after; a reservation left in the ledger by a JVM that died (a sandbox
     * detached from the command line and killed, say) would otherwise be given back in the middle of the measurement.
     */
    @BeforeEach
    void settleThePool() {
        Hugepages.system().giveBackWhatDeadJvmsHold();
    }

    @Test
    void addsDpdkPortAndReportsTheMempoolFailureOfAJumboPortLikeTheCalibration() {
        try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.builder().vswitchd(VswitchdSpec.socketMemory64()).build())) {
            sandbox.vsctl("--timeout=30", "add-br", "br0", "--", "set", "bridge", "br0", "datapath_type=netdev")
                    .orThrow();
            sandbox.vsctl("--timeout=30", "add-port", "br0", "dpdk0", "--", "set", "Interface", "dpdk0", "type=dpdk",
                    "options:dpdk-devargs=net_null0").orThrow();
            ToolResult jumbo = sandbox.vsctl("--timeout=30", "add-port", "br0", "dpdk1", "--", "set", "Interface",
                    "dpdk1", "type=dpdk", "options:dpdk-devargs=net_null1", "mtu_request=9000");

            assertThat(sandbox.vsctl("get", "Open_vSwitch", ".", "dpdk_initialized").output()).isEqualTo("true");
            // what ovs-ctl records on a real host, for the validator's version-dependent predictions
            assertThat(sandbox.vsctl("get", "Open_vSwitch", ".", "ovs_version").output()).isEqualTo("\"3.1.0\"");
            assertThat(sandbox.vsctl("get", "Interface", "dpdk0", "ofport").output()).isEqualTo("1");
            assertThat(jumbo.exitCode()).isZero();
            assertThat(jumbo.stderr()).contains("Error detected while setting up 'dpdk1'");
            assertThat(sandbox.vsctl("get", "Interface", "dpdk1", "ofport").output()).isEqualTo("-1");
            assertThat(sandbox.vsctl("get", "Interface", "dpdk1", "error").output())
                    .isEqualTo("\"could not add network device dpdk1 to ofproto (Invalid argument)\"");
            assertThat(sandbox.awaitVswitchdLog("Failed to create memory pool for netdev dpdk1", Duration.ofSeconds(30)))
                    .contains("EAL ARGS: ovs-vswitchd-dpdk --no-pci --file-prefix=" + sandbox.name()
                            + " --socket-limit 64 --socket-mem 64")
                    .contains("Failed to create memory pool for netdev dpdk1, with MTU 9000 on socket 0")
                    .contains("netdev_dpdk|DBG|");
        }
    }

    @Test
    void teardownLeavesNoProcessNoDirectoriesAndReturnsTheHugepages() {
        int before = kernel.total();
        OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.builder().vswitchd(VswitchdSpec.socketMemory64()).build());
        long vswitchd = sandbox.vswitchdPid().orElseThrow();
        long server = sandbox.ovsdbServerPid().orElseThrow();
        Path dir = sandbox.dir();
        Path runtime = sandbox.dpdkRuntimeDir();
        int reserved = sandbox.hugepages().pagesAdded();
        int during = kernel.total();

        sandbox.close();

        assertThat(reserved).isEqualTo(64 / 2 + VswitchdSpec.HUGEPAGE_MARGIN);
        assertThat(during).isGreaterThanOrEqualTo(before + reserved);
        assertThat(runtime.getFileName().toString()).isEqualTo(sandbox.name());
        assertThat(DaemonProcess.isLive(vswitchd)).isFalse();
        assertThat(DaemonProcess.isLive(server)).isFalse();
        assertThat(dir).doesNotExist();
        assertThat(runtime).doesNotExist();
        assertThat(kernel.total()).isEqualTo(before);
    }

    @Test
    void stoppingADetachedSandboxFromAnotherHandleReturnsItsHugepages() {
        int before = kernel.total();
        OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.builder().vswitchd(VswitchdSpec.socketMemory64()).build());
        int reserved = sandbox.hugepages().pagesAdded();
        Path dir = sandbox.dir();
        sandbox.detach();
        int during = kernel.total();

        // what `ovsguard sandbox stop DIR` does in another process
        DetachedSandbox.at(dir).stop(Duration.ofSeconds(10));

        assertThat(during).isGreaterThanOrEqualTo(before + reserved);
        assertThat(dir).doesNotExist();
        assertThat(kernel.total()).isEqualTo(before);
        assertThat(Hugepages.system().reservations()).extracting(HugepageLedger.Entry::owner)
                .doesNotContain(dir.getFileName().toString());
    }

    @Test
    void restartsVswitchdAfterSigkillAndBringsThePortBack() {
        try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.builder().vswitchd(VswitchdSpec.socketMemory64()).build())) {
            sandbox.vsctl("--timeout=30", "add-br", "br0", "--", "set", "bridge", "br0", "datapath_type=netdev",
                    "--", "add-port", "br0", "dpdk0", "--", "set", "Interface", "dpdk0", "type=dpdk",
                    "options:dpdk-devargs=net_null0").orThrow();
            long first = sandbox.vswitchdPid().orElseThrow();

            sandbox.killVswitchd(Signal.KILL);
            boolean exited = sandbox.awaitVswitchdExit(Duration.ofSeconds(10));
            boolean runningAfterKill = sandbox.isVswitchdRunning();
            sandbox.startVswitchd();

            assertThat(exited).isTrue();
            assertThat(runningAfterKill).isFalse();
            assertThat(sandbox.vswitchdPid()).isPresent().isNotEqualTo(java.util.Optional.of(first));
            assertThat(sandbox.vsctl("--timeout=30", "wait-until", "Interface", "dpdk0", "ofport=1").exitCode()).isZero();
            assertThat(sandbox.appctl(Daemon.VSWITCHD, "dpctl/show").output()).contains("dpdk0");
        }
    }

    @Test
    void bridgesGetDummyInternalPortsAndCreateNoHostInterface() {
        try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.builder().vswitchd(VswitchdSpec.socketMemory64()).build())) {
            String bridge = "b" + sandbox.name().substring("ovsg-".length());
            sandbox.vsctl("--timeout=30", "add-br", bridge, "--", "set", "bridge", bridge, "datapath_type=netdev")
                    .orThrow();

            assertThat(sandbox.appctl(Daemon.VSWITCHD, "dpctl/show").orThrow().output())
                    .contains(bridge + " (dummy-internal)");
            assertThat(Path.of("/sys/class/net", bridge)).doesNotExist();
        }
    }

    @Test
    void stopVswitchdKeepsOvsdbServerAndTheReservation() {
        try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.builder().vswitchd(VswitchdSpec.socketMemory64()).build())) {
            sandbox.stopVswitchd();

            assertThat(sandbox.isVswitchdRunning()).isFalse();
            assertThat(sandbox.dpdkRuntimeDir()).doesNotExist();
            assertThat(sandbox.isOvsdbServerRunning()).isTrue();
            assertThat(sandbox.hugepages().ledgerEntry()).isPresent();
        }
    }

    @Test
    void exactModeMakesExactlyTheRequestedPagesFreeAndRestoresThePool() {
        int before = kernel.total();
        VswitchdSpec dynamic = VswitchdSpec.builder().hugepagesExactlyFree(100).build();
        try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.builder().vswitchd(dynamic).build())) {
            int freeWhileRunning = kernel.free();
            sandbox.stopVswitchd();

            assertThat(sandbox.vswitchdLog()).doesNotContain("--socket-mem");
            assertThat(freeWhileRunning).isLessThan(100);
            assertThat(kernel.free()).isEqualTo(100);
            assertThat(sandbox.hugepages().ledgerEntry().orElseThrow().kind()).isEqualTo(HugepageLedger.Kind.EXACT);
        }
        assertThat(kernel.total()).isEqualTo(before);
    }

    @Test
    void failedVswitchdStartQuotesTheLogAndLeavesNothingBehind(@TempDir Path root) {
        int before = kernel.total();
        VswitchdSpec impossible = VswitchdSpec.builder().socketMemMb(20_000).socketLimitMb(20_000)
                .hugepages(new HugepageDemand.Unmanaged()).build();

        assertThatThrownBy(() -> OvsSandbox.start(SandboxSpec.builder().tempRoot(root).vswitchd(impossible).build()))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("ovs-vswitchd")
                .hasMessageContaining("--- last lines of ")
                .hasMessageContaining("EAL");
        assertThat(kernel.total()).isEqualTo(before);
        assertThat(root).isEmptyDirectory();
    }
}
