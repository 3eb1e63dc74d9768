package io.ovsguard.cli.guard;

import io.ovsguard.cli.parse.GlobalOptions;
import io.ovsguard.validator.guard.GuardOptions;
import java.time.Duration;

/** The guard's options as the command line spells them: --force, --no-rollback, --no-validate, --no-wait, ... */
final class GuardSettings {

    private GuardSettings() {
    }

    static GuardOptions of(GlobalOptions options) {
        GuardOptions guard = GuardOptions.defaults()
                .withForce(options.guard().force())
                .withNoRollback(!options.guard().rollback())
                .withNoValidate(!options.guard().validate())
                .withWaitForVswitchd(options.waitForReload());
        if (options.timeoutSeconds().isPresent()) {
            guard = guard.withTimeout(Duration.ofSeconds(options.timeoutSeconds().getAsLong()));
        }
        return options.guard().sysfsRoot().map(guard::withSysfsRoot).orElse(guard);
    }
}
