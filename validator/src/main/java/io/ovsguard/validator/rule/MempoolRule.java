package io.ovsguard.validator.rule;

import io.ovsguard.validator.memory.FailureCause;
import io.ovsguard.validator.memory.MemoryProfile;
import io.ovsguard.validator.memory.Outcome;
import io.ovsguard.validator.memory.SocketBudget;
import io.ovsguard.validator.memory.StepPrediction;
import io.ovsguard.validator.report.Finding;
import io.ovsguard.validator.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns the memory simulation into findings: pools that cannot be created, halved pools, too few mbufs. */
final class MempoolRule implements Rule {

    private static final double MIB = 1 << 20;

    @Override
    public List<Finding> evaluate(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        boolean audit = ctx.change().isEmpty();
        List<StepPrediction> steps = audit ? ctx.replay() : ctx.steps();
        for (int i = 0; i < steps.size(); i++) {
            StepPrediction step = steps.get(i);
            Optional<PortResolution> port = ctx.port(step.port());
            if (port.isEmpty() || port.get().device().isEmpty() && !port.get().vdev()) {
                continue;   // devargs findings explain this port
            }
            if (step.ok()) {
                reduced(ctx, step).ifPresent(out::add);
                lowMbufs(ctx, step, port.get()).ifPresent(out::add);
            } else if (step.cause() != FailureCause.NONE && ctx.dpdkEnabled()
                    && ctx.model().budget(step.socket()).capacityBytes() > 0) {
                out.add(failure(ctx, step, port.get(), audit ? -1 : i));
            }
        }
        return out;
    }

    private Finding failure(ValidationContext ctx, StepPrediction step, PortResolution port, int index) {
        SocketBudget budget = ctx.model().budget(step.socket());
        MemoryProfile profile = ctx.model().profile();
        boolean hugepages = budget.limit() == SocketBudget.Limit.FREE_HUGEPAGES
                || step.cause() == FailureCause.DPDK_INIT;
        String id = hugepages ? RuleIds.HUGEPAGES_INSUFFICIENT_FREE : RuleIds.MEMPOOL_INSUFFICIENT;
        String what = step.outcome() == Outcome.STALE
                ? "the MTU change to " + step.mtu() + " cannot get its pool while the old one is held; the row will"
                        + " look healthy but the port leaves the datapath (mtu stays, link down)"
                : "cannot create its mempool";
        String message = String.format(Locale.ROOT, "%s %s on socket %d: %s; needs %.1f MiB, %.1f MiB free"
                        + " (short by %.1f MiB)%s", step.port(), what, step.socket(), reason(ctx, step, profile),
                step.neededBytes() / MIB, Math.max(0, step.availableBytes()) / MIB, -step.marginMib(),
                expectedLog(step, profile));
        Finding f = Finding.of(Severity.ERROR, id, step.port(), message,
                NumaRule.evidence(ctx, port, step.socket())).withMargin(step.marginMib());
        if (index < 0) {
            return f;
        }
        FixAdvisor advisor = new FixAdvisor(ctx.originalConfig(), ctx.originalHost(), ctx.change(), ctx);
        Optional<FixAdvisor.Fix> fix = advisor.memoryFix(index, step);
        Optional<FixAdvisor.Fix> mtu = advisor.mtuFix(index, step);
        if (fix.isPresent()) {
            String also = mtu.map(m -> "; or " + m.summary() + " fits").orElse("");
            f = new Finding(f.severity(), f.id(), f.subject(), f.message() + String.format(Locale.ROOT,
                    "; fits with %s (margin %.1f MiB)%s", fix.get().summary(), fix.get().marginMib(), also),
                    f.evidence(), Optional.of(fix.get().command()), f.marginMib());
        } else if (mtu.isPresent()) {
            f = new Finding(f.severity(), f.id(), f.subject(), f.message() + String.format(Locale.ROOT,
                    "; %s fits (margin %.1f MiB)", mtu.get().summary(), mtu.get().marginMib()), f.evidence(),
                    Optional.of(mtu.get().command()), f.marginMib());
        }
        return f;
    }

    private static String reason(ValidationContext ctx, StepPrediction step, MemoryProfile profile) {
        String requests = step.attempts().isEmpty() ? "" : " (requests " + step.attempts() + " mbufs of "
                + step.objectBytes() + " B)";
        switch (step.cause()) {
            case POPULATE_LEAK:
                return String.format(Locale.ROOT, "OVS %s + DPDK %s: the first request of %d mbufs (%.1f MiB) does "
                        + "not fit, and DPDK 16.07 keeps the largest free zone it reserved for it when ring creation"
                        + " fails (fixed in 16.11 by f5e9ed5c4e), so the halved retries find the socket empty",
                        profile.ovs(), profile.dpdk(), step.attempts().get(0), step.fullRequestBytes() / MIB);
            case DEVICE_SETUP:
                return "the pool fits but the queues set up after it do not: dynamic memory leaves the free space in"
                        + " page-sized pieces";
            case DPDK_INIT:
                return "DPDK cannot reserve its socket memory from the node's free hugepages at start";
            default:
                return "every request of the halving loop is larger than the free heap" + requests;
        }
    }

    private static String expectedLog(StepPrediction step, MemoryProfile profile) {
        if (profile.crashesOnPoolFailure()) {
            return "; OVS 2.7.0 segfaults on this failure and restarts in a loop";
        }
        if (step.cause() == FailureCause.DEVICE_SETUP) {
            return "; expect \"configure error: Cannot allocate memory\"";
        }
        String verb = profile.ovs().below(2, 7) && profile.ovs().patch() < 2 ? "Insufficient memory to create"
                : "Failed to create";
        return "; expect \"" + verb + " memory pool for netdev " + step.port() + ", with MTU " + step.mtu()
                + " on socket " + step.socket() + "\"";
    }

    private static Optional<Finding> reduced(ValidationContext ctx, StepPrediction step) {
        if (!step.reduced() || ctx.model().policy().perPortMemory()) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(Severity.INFO, RuleIds.MEMPOOL_REDUCED, step.port(), String.format(Locale.ROOT,
                "the shared pool on socket %d gets %d mbufs after halving from %d; later ports of this buffer class"
                        + " share it", step.socket(), step.mbufs().getAsInt(), step.attempts().get(0)),
                List.of("requests " + step.attempts())).withMargin(step.marginMib()));
    }

    /** Calibration C18: a per-port pool halved to 16416 mbufs for 16384 descriptors "succeeds". */
    private static Optional<Finding> lowMbufs(ValidationContext ctx, StepPrediction step, PortResolution port) {
        int txq = ctx.model().policy().txqPerPort();
        long descriptors = port.spec().descriptors(txq);
        long spare = step.mbufs().getAsInt() - descriptors;
        long wanted = (long) port.spec().nRxq() * MemoryProfile.MAX_BURST + 2L * 512;
        if (!ctx.model().policy().perPortMemory() || spare >= wanted) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(Severity.WARNING, RuleIds.MEMPOOL_LOW_MBUFS, step.port(), String.format(
                Locale.ROOT, "the pool has %d mbufs for %d RX/TX descriptors (%d spare): the port works but can run"
                        + " out of buffers under load", step.mbufs().getAsInt(), descriptors, spare),
                List.of("requests " + step.attempts(), "n_rxq = " + port.spec().nRxq() + ", n_txq = " + txq)));
    }
}
