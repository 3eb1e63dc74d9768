package io.ovsguard.sandbox;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every teardown step even when an earlier one fails, then deletes the sandbox directory only if all steps
 * succeeded; otherwise it keeps the directory and throws one error listing every failure.
 */
final class SandboxTeardown {
    private static final Logger log = LoggerFactory.getLogger(SandboxTeardown.class);

    private final SandboxDirs dirs;
    private final List<RuntimeException> failures = new ArrayList<>();
    private final List<String> failedSteps = new ArrayList<>();

    SandboxTeardown(SandboxDirs dirs) {
        this.dirs = dirs;
    }

    void step(String name, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            failures.add(e);
            failedSteps.add(name + ": " + e.getMessage());
        }
    }

    /** Deletes the directory after a clean teardown, or throws naming the kept directory. */
    void finish() {
        if (failures.isEmpty()) {
            SandboxArtifacts.deleteTree(dirs.dir());
            log.debug("sandbox {} removed", dirs.dir());
            return;
        }
        SandboxException error = new SandboxException("teardown of sandbox " + dirs.dir() + " failed; directory kept. "
                + String.join("; ", failedSteps));
        failures.forEach(error::addSuppressed);
        throw error;
    }
}
