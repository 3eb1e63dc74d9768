package io.ovsguard.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.ovsguard.it.support.OvsguardCli;
import io.ovsguard.it.support.ProgramRun;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CLI's pre-commit checks against a real ovsdb-server: the switch's state is written with the real
 * {@code ovs-vsctl --no-wait} (as ovs-vswitchd would report it), then ovsguard predicts a change to it.
 * A refused change, dry run or not, leaves the database byte-for-byte as it was.
 */
@RequiresOvs
@ExtendWith(OvsSandboxExtension.class)
class GuardedDryRunIT {

    private static final Path FOUR_NODE_HOST = Path.of("..", "validator", "src", "test", "resources", "sysfs",
            "intel-4node-80core");

    private static final String[] ADD_JUMBO_PORT = {"add-port", "br0", "dpdk0", "--", "set", "Interface", "dpdk0",
        "type=dpdk", "options:dpdk-devargs=net_null0", "mtu_request=9000"};

    /** OVS 3.1 with 64 MB on the socket and a 64 MB cap: a 9000-byte MTU pool cannot fit (calibration §4). */
    private static void cappedSwitch(OvsSandbox sandbox) {
        sandbox.vsctl("--no-wait", "set", "Open_vSwitch", ".", "other_config:dpdk-init=true",
                "other_config:dpdk-socket-mem=64", "other_config:dpdk-socket-limit=64", "ovs_version=3.1.0",
                "dpdk_version=\"DPDK 22.11.1\"", "dpdk_initialized=true").orThrow();
        sandbox.vsctl("--no-wait", "add-br", "br0", "--", "set", "Bridge", "br0", "datapath_type=netdev").orThrow();
    }

    /** Every table and row, as the real {@code ovsdb-client dump} prints them. */
    private static String dump(OvsSandbox sandbox) {
        ProgramRun dump = ProgramRun.merged(List.of("ovsdb-client", "dump", sandbox.unixRemote(), "Open_vSwitch"),
                Duration.ofSeconds(30));
        assertThat(dump.status()).as(dump.out()).isZero();
        return dump.out();
    }

    @Test
    void dryRunOfAPortThatCannotGetItsMempoolIsRefusedWithTheReasonAndWritesNothing(OvsSandbox sandbox) {
        cappedSwitch(sandbox);
        String before = dump(sandbox);

        OvsguardCli.Result result = OvsguardCli.run(sandbox, prepend("--dry-run", ADD_JUMBO_PORT));

        assertThat(result.status()).isEqualTo(3);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("mempool.insufficient").contains("fix:")
                .contains("result: the change would fail");
        assertThat(dump(sandbox)).isEqualTo(before);
    }

    @Test
    void dryRunOfAPortThatFitsExitsZeroAndWritesNothing(OvsSandbox sandbox) {
        cappedSwitch(sandbox);
        String before = dump(sandbox);

        OvsguardCli.Result result = OvsguardCli.run(sandbox, "--dry-run", "add-port", "br0", "dpdk0", "--", "set",
                "Interface", "dpdk0", "type=dpdk", "options:dpdk-devargs=net_null0", "mtu_request=1500");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.err()).contains("predict ok").contains("result: no blocking finding");
        assertThat(dump(sandbox)).isEqualTo(before);
    }

    @Test
    void dryRunOfAnMtuChangeOnAnExistingPortPredictsIt(OvsSandbox sandbox) {
        cappedSwitch(sandbox);
        sandbox.vsctl("--no-wait", "add-port", "br0", "dpdk0", "--", "set", "Interface", "dpdk0", "type=dpdk",
                "options:dpdk-devargs=net_null0", "mtu_request=1500", "mtu=1500", "ofport=1").orThrow();
        String before = dump(sandbox);

        OvsguardCli.Result jumbo = OvsguardCli.run(sandbox, "--dry-run", "set", "Interface", "dpdk0",
                "mtu_request=9000");
        OvsguardCli.Result same = OvsguardCli.run(sandbox, "--dry-run", "set", "Interface", "dpdk0",
                "mtu_request=1500");

        assertThat(jumbo.status()).as(jumbo.err()).isEqualTo(3);
        assertThat(same.status()).as(same.err()).isZero();
        assertThat(dump(sandbox)).isEqualTo(before);
    }

    @Test
    void aRefusedChangeWithoutDryRunIsNotCommitted(OvsSandbox sandbox) {
        cappedSwitch(sandbox);
        String before = dump(sandbox);

        OvsguardCli.Result result = OvsguardCli.run(sandbox, ADD_JUMBO_PORT);

        assertThat(result.status()).isEqualTo(3);
        assertThat(result.err()).contains("refused").contains("mempool.insufficient");
        assertThat(dump(sandbox)).isEqualTo(before);
    }

    @Test
    void jsonGivesMachineReadableFindingsOnStdout(OvsSandbox sandbox) {
        cappedSwitch(sandbox);

        OvsguardCli.Result result = OvsguardCli.run(sandbox, prepend("--json", prepend("--dry-run", ADD_JUMBO_PORT)));

        assertThat(result.status()).isEqualTo(3);
        JsonObject report = JsonParser.parseString(result.out()).getAsJsonObject();
        assertThat(report.get("blocking").getAsBoolean()).isTrue();
        assertThat(report.getAsJsonArray("findings").asList()).anySatisfy(f ->
                assertThat(f.getAsJsonObject().get("id").getAsString()).isEqualTo("mempool.insufficient"));
        assertThat(report.getAsJsonArray("steps").get(0).getAsJsonObject().get("outcome").getAsString())
                .isEqualTo("fail");
    }

    @Test
    void malformedValueInTheChangeIsRefusedQuotingIt(OvsSandbox sandbox) {
        cappedSwitch(sandbox);
        String before = dump(sandbox);

        OvsguardCli.Result result = OvsguardCli.run(sandbox, "set", "Interface", "dpdk0", "mtu_request=9k");

        assertThat(result.status()).isEqualTo(3);
        assertThat(result.err().lines()).hasSize(1).first().asString().contains("\"9k\"");
        assertThat(dump(sandbox)).isEqualTo(before);
    }

    @Test
    void theSeedReportIsPredictedToFailOnSocketTwoWithAFix(OvsSandbox sandbox) {
        assertThat(Files.isDirectory(FOUR_NODE_HOST)).as(FOUR_NODE_HOST.toAbsolutePath().toString()).isTrue();
        sandbox.vsctl("--no-wait", "set", "Open_vSwitch", ".", "other_config:dpdk-init=true",
                "other_config:dpdk-socket-mem=\"256,256,256,256\"", "ovs_version=2.6.0",
                "dpdk_version=\"DPDK 16.07.0\"").orThrow();
        sandbox.vsctl("--no-wait", "add-br", "br0", "--", "set", "Bridge", "br0", "datapath_type=netdev").orThrow();

        OvsguardCli.Result result = OvsguardCli.run(sandbox, "--sysfs-root=" + FOUR_NODE_HOST, "--dry-run",
                "add-port", "br0", "dpdk0", "--", "set", "Interface", "dpdk0", "type=dpdk",
                "options:dpdk-devargs=0000:8b:00.0");

        assertThat(result.status()).as(result.err()).isEqualTo(3);
        assertThat(result.err()).contains("on socket 2").contains("fix:");
    }

    @Test
    void checkAuditsTheWholeConfigurationWithAnExitStatusForHooks(OvsSandbox sandbox) {
        cappedSwitch(sandbox);
        OvsguardCli.Result clean = OvsguardCli.run(sandbox, "check");
        sandbox.vsctl("--no-wait", "set", "Open_vSwitch", ".", "other_config:dpdk-socket-mem=\"256,,x\"").orThrow();
        OvsguardCli.Result broken = OvsguardCli.run(sandbox, "check");
        OvsguardCli.Result json = OvsguardCli.run(sandbox, "-f", "json", "check");

        assertThat(clean.status()).as(clean.out() + clean.err()).isZero();
        assertThat(broken.status()).isEqualTo(3);
        assertThat(broken.out()).contains("config.malformed").contains("256,,x");
        assertThat(JsonParser.parseString(json.out()).getAsJsonObject().get("blocking").getAsBoolean()).isTrue();
    }

    private static String[] prepend(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
