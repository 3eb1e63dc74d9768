package io.ovsguard.validator.guard;

import io.ovsguard.validator.host.HostTopology;
import io.ovsguard.validator.host.SysfsTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How a guarded change runs.
 *
 * @param force           commit even when the validator predicts a failure (the guard still watches and rolls back)
 * @param noRollback      keep a change whose port failed (the outcome is then {@link GuardOutcome.Failed})
 * @param noValidate      skip the prediction (a failure is still detected, diagnosed and rolled back)
 * @param waitForVswitchd bump {@code next_cfg} and wait for {@code cur_cfg}; without it nothing is observed, as with
 *                        ovs-vsctl {@code --no-wait}
 * @param timeout         how long ovs-vswitchd gets to apply the change (and again the rollback)
 * @param settle          how long a row that looks healthy but has not yet applied its MTU is watched
 * @param host            the host facts for the validator (real /sys or a fixture tree)
 * @param hooks           test hooks
 */
public record GuardOptions(boolean force, boolean noRollback, boolean noValidate, boolean waitForVswitchd,
                           Duration timeout, Duration settle, Supplier<HostTopology> host, GuardHooks hooks) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(5);

    public GuardOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(settle, "settle");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(hooks, "hooks");
    }

    /** Validate and refuse, commit, wait up to 30 s, roll back a failure; the host's real /sys. */
    public static GuardOptions defaults() {
        return new GuardOptions(false, false, false, true, DEFAULT_TIMEOUT, DEFAULT_SETTLE, SysfsTopology::readDefault,
                GuardHooks.NONE);
    }

    public GuardOptions withForce(boolean value) {
        return new GuardOptions(value, noRollback, noValidate, waitForVswitchd, timeout, settle, host, hooks);
    }

    public GuardOptions withNoRollback(boolean value) {
        return new GuardOptions(force, value, noValidate, waitForVswitchd, timeout, settle, host, hooks);
    }

    public GuardOptions withNoValidate(boolean value) {
        return new GuardOptions(force, noRollback, value, waitForVswitchd, timeout, settle, host, hooks);
    }

    public GuardOptions withWaitForVswitchd(boolean value) {
        return new GuardOptions(force, noRollback, noValidate, value, timeout, settle, host, hooks);
    }

    public GuardOptions withTimeout(Duration value) {
        return new GuardOptions(force, noRollback, noValidate, waitForVswitchd, value, settle, host, hooks);
    }

    public GuardOptions withSettle(Duration value) {
        return new GuardOptions(force, noRollback, noValidate, waitForVswitchd, timeout, value, host, hooks);
    }

    /** Reads host facts from a sysfs tree rooted at {@code sysfsRoot} (a fixture, or /sys). */
    public GuardOptions withSysfsRoot(Path sysfsRoot) {
        return withHost(() -> SysfsTopology.read(sysfsRoot));
    }

    public GuardOptions withHost(Supplier<HostTopology> value) {
        return new GuardOptions(force, noRollback, noValidate, waitForVswitchd, timeout, settle, value, hooks);
    }

    public GuardOptions withHooks(GuardHooks value) {
        return new GuardOptions(force, noRollback, noValidate, waitForVswitchd, timeout, settle, host, value);
    }
}
