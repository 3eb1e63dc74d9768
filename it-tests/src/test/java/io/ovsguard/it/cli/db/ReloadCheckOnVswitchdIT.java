package io.ovsguard.it.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.it.support.OvsguardCli;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.ToolResult;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresDpdk;
import io.ovsguard.sandbox.junit.RequiresHugepages;
import io.ovsguard.sandbox.junit.WithSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link ReloadCheckIT} against a real ovs-vswitchd: a patch port without its peer gets ofport -1 and an error, which
 * ovs-vsctl reports after the reload, and ovsguard the same way.
 */
@RequiresDpdk
@RequiresHugepages
@ExtendWith(OvsSandboxExtension.class)
class ReloadCheckOnVswitchdIT {

    @Test
    void aPortOvsVswitchdCannotSetUpIsReportedAfterTheReloadLikeOvsVsctl(
            @WithSandbox(vswitchd = true, socketMemMb = 64, socketLimitMb = 64) OvsSandbox sandbox) {
        sandbox.vsctl("--timeout=30", "add-br", "br0", "--", "set", "bridge", "br0", "datapath_type=netdev")
                .orThrow();

        ToolResult real = sandbox.vsctl("--timeout=30", "add-port", "br0", "pa1", "--", "set", "Interface", "pa1",
                "type=patch");
        OvsguardCli.Result ours = OvsguardCli.run(sandbox, "--timeout=30", "add-port", "br0", "pa2", "--", "set",
                "Interface", "pa2", "type=patch");

        assertThat(real.exitCode()).isZero();
        assertThat(ours.status()).isZero();
        assertThat(real.stderr()).contains("Error detected while setting up 'pa1': pa1: patch type requires valid"
                + " 'peer' argument.  See ovs-vswitchd log for details.");
        assertThat(OpenVswitchRow.withoutLogDirectory(
                ours.err().replace("ovsguard:", "ovs-vsctl:").replace("pa2", "pa1")))
                .isEqualTo(OpenVswitchRow.withoutLogDirectory(real.stderr()));
    }
}
