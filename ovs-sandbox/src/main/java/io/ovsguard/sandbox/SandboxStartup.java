package io.ovsguard.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Remembers how to undo each step of a sandbox start, so a failed start stops what it started (newest first),
 * returns its hugepages and removes its directory. The start error already quotes the failing daemon's log; the
 * directory is kept only when an undo step failed too, and the error then names it.
 */
final class SandboxStartup {
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
        boolean clean = true;
        while (!undo.isEmpty()) {
            try {
                undo.pop().run();
            } catch (RuntimeException e) {
                clean = false;
                cause.addSuppressed(e);
            }
        }
        if (clean) {
            try {
                SandboxArtifacts.deleteTree(dirs.dir());
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        } else {
            cause.addSuppressed(new SandboxException("cleanup after the failed start was incomplete; files kept in "
                    + dirs.dir()));
        }
    }
}
