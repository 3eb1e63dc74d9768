package io.ovsguard.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers how to undo each step of a sandbox start, so a failed start stops what it started (newest first) and
 * returns its hugepages. The directory is kept for diagnosis; the start error names it.
 */
final class SandboxStartup {
    private static final Logger log = LoggerFactory.getLogger(SandboxStartup.class);

    private final SandboxDirs dirs;
    private final Deque<Runnable> undo = new ArrayDeque<>();

    SandboxStartup(SandboxDirs dirs) {
        this.dirs = dirs;
    }

    void started(Runnable undoStep) {
        undo.push(undoStep);
    }

    /** Undoes every step; failures of the undo are attached to the start error rather than replacing it. */
    void abandon(RuntimeException cause) {
        while (!undo.isEmpty()) {
            try {
                undo.pop().run();
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
        log.warn("sandbox start failed; its files are kept in {}", dirs.dir());
    }
}
