package io.ovsguard.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The exclusive lock that serialises changes to the shared hugepage pool: an OS file lock across JVMs, and a
 * semaphore per lock file within this JVM.
 *
 * <p>Why the in-JVM semaphore (the one static in this module): file locks on Linux are POSIX record locks, owned by
 * the process. Closing <em>any</em> descriptor of the file drops every lock the JVM holds on it, so a second
 * sandbox in the same JVM must not even open the file while the first one holds the lock.
 */
final class HugepageLock {
    private static final ConcurrentMap<Path, Semaphore> IN_JVM = new ConcurrentHashMap<>();

    private final Path file;
    private final Semaphore inJvm;

    HugepageLock(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.inJvm = IN_JVM.computeIfAbsent(this.file, f -> new Semaphore(1, true));
    }

    /** A held lock; closing releases it. Not bound to a thread: JUnit may close a sandbox on another thread. */
    final class Held implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;
        private boolean released;

        private Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public synchronized void close() {
            if (released) {
                return;
            }
            released = true;
            try (channel) {
                lock.release();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot release the hugepage lock " + file, e);
            } finally {
                inJvm.release();
            }
        }
    }

    /** Waits for the lock until {@code timeout}; fails naming the lock file when someone holds it longer. */
    Held acquire(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!inJvm.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw timedOut(timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while waiting for the hugepage lock " + file, e);
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock[] lock = new FileLock[1];
                Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
                boolean got = Polling.await(() -> (lock[0] = tryLock(channel)) != null, left, Duration.ofMillis(25));
                if (!got) {
                    throw timedOut(timeout);
                }
                return new Held(channel, lock[0]);
            } catch (RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            inJvm.release();
            throw new UncheckedIOException("cannot open the hugepage lock " + file, e);
        } catch (RuntimeException e) {
            inJvm.release();
            throw e;
        }
    }

    private FileLock tryLock(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }

    private SandboxException timedOut(Duration timeout) {
        return new SandboxException("another sandbox held the hugepage lock " + file + " for over " + timeout
                + " (a sandbox with an exact free-page count holds it for its whole life)");
    }
}
