package io.ovsguard.sandbox.junit;

import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.SandboxException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandboxes one JUnit context (a class or a test) started. Lives in the context's store, so JUnit closes it
 * when the context ends; it closes the sandboxes newest first and reports every failure.
 */
final class SandboxRegistry implements AutoCloseable {
    private final List<OvsSandbox> sandboxes = new ArrayList<>();

    synchronized void add(OvsSandbox sandbox) {
        sandboxes.add(sandbox);
    }

    synchronized List<OvsSandbox> sandboxes() {
        return List.copyOf(sandboxes);
    }

    @Override
    public synchronized void close() {
        SandboxException failure = null;
        for (int i = sandboxes.size() - 1; i >= 0; i--) {
            try {
                sandboxes.get(i).close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = new SandboxException("closing test sandboxes failed");
                }
                failure.addSuppressed(e);
            }
        }
        sandboxes.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
