package io.ovsguard.cli.parse;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * ovsguard's own options about guarded changes.
 *
 * @param validate  false with {@code --no-validate}: skip the checks altogether
 * @param force     {@code --force}: commit despite blocking findings
 * @param rollback  false with {@code --no-rollback}: keep a change even if ovs-vswitchd rejects it
 * @param sysfsRoot {@code --sysfs-root=DIR}: read host facts from a sysfs-shaped tree instead of /sys
 * @param json      {@code --json}: print findings as JSON
 */
public record GuardOptions(boolean validate, boolean force, boolean rollback, Optional<Path> sysfsRoot,
                           boolean json) {

    public static final GuardOptions DEFAULT = new GuardOptions(true, false, true, Optional.empty(), false);

    public GuardOptions {
        Objects.requireNonNull(sysfsRoot, "sysfsRoot");
    }
}
