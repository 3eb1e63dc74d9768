package io.ovsguard.validator.rule;

import io.ovsguard.validator.memory.MemoryProfile;
import io.ovsguard.validator.report.Finding;
import io.ovsguard.validator.report.Severity;
import io.ovsguard.validator.switchconf.ConfigChange;
import java.util.ArrayList;
import java.util.List;

/**
 * A DPDK port's {@code mtu_request} outside the MTUs it takes (68 to 9702 from OVS 2.9, 9710 before). ovs-vswitchd
 * then logs "X: unsupported MTU M", keeps the port at the MTU it has (1500 for a new port) and never applies the
 * request; the port works, at the old MTU, and {@code mtu} stays different from {@code mtu_request}. Blocking, as the
 * change would not take effect (the guarded commit would roll it back on the unapplied MTU).
 */
final class MtuRule implements Rule {

    @Override
    public List<Finding> evaluate(ValidationContext ctx) {
        MemoryProfile profile = ctx.model().profile();
        List<Finding> out = new ArrayList<>();
        for (ConfigChange c : ctx.change().changes()) {
            if (c instanceof ConfigChange.AddPort add && "dpdk".equals(add.type()) && add.mtuRequest().isPresent()
                    && !profile.takesMtu(add.mtuRequest().getAsLong())) {
                out.add(finding(ctx, add.name(), add.mtuRequest().getAsLong(), 1500));
            } else if (c instanceof ConfigChange.SetInterface set && ctx.ports().containsKey(set.name())
                    && set.mtuRequest().isPresent() && !profile.takesMtu(set.mtuRequest().getAsLong())) {
                out.add(finding(ctx, set.name(), set.mtuRequest().getAsLong(),
                        ctx.ports().get(set.name()).spec().mtu()));
            }
        }
        return out;
    }

    /** The finding for {@code port} asking for {@code requested} while it stays at {@code kept}. */
    static Finding finding(ValidationContext ctx, String port, long requested, long kept) {
        MemoryProfile profile = ctx.model().profile();
        String version = ctx.config().effectiveOvsVersion().map(v -> "OVS " + v).orElse("this OVS");
        long nearest = Math.max(profile.minMtu(), Math.min(profile.maxMtu(), requested));
        return Finding.of(Severity.ERROR, RuleIds.MTU_OUT_OF_RANGE, port, "mtu_request " + requested
                        + " is outside the MTUs a DPDK port takes in " + version + " (" + profile.minMtu() + " to "
                        + profile.maxMtu() + "): ovs-vswitchd logs \"" + port + ": unsupported MTU " + requested
                        + "\" and keeps the port at MTU " + kept + ", so the request never takes effect",
                List.of("Interface " + port + " mtu_request = " + requested))
                .withFix("set Interface " + port + " mtu_request=" + nearest);
    }
}
