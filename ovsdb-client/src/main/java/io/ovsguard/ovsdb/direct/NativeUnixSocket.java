package io.ovsguard.ovsdb.direct;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ByteChannel;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A connected, blocking unix-domain stream socket driven through the small JNI library of
 * {@code src/main/native/unix_socket.c} (see {@link NativeUnixSockets} for when it is used). One thread may read while
 * another writes, as the direct connection does. {@link #close()} wakes a thread blocked in a read or write, which
 * then fails with {@link AsynchronousCloseException}; the descriptor itself is closed only when no call is using it
 * any more, so it can never be reused under a call still in progress. A path longer than a socket address holds
 * (107 bytes) is reached through its directory, as Open vSwitch's tools reach it; the JDK's channels refuse it.
 */
final class NativeUnixSocket implements ByteChannel {

    private final int fd;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}: whether close() was called, calls still inside the library, the descriptor closed. */
    private boolean open = true;
    private int callsInProgress;
    private boolean released;

    private NativeUnixSocket(int fd) {
        this.fd = fd;
    }

    /**
     * Connects to the unix socket at {@code path}.
     *
     * @throws IOException with the system's reason ("No such file or directory", "Connection refused", ...)
     * @throws IllegalStateException if the native library is not loaded
     */
    static NativeUnixSocket connect(Path path) throws IOException {
        if (!NativeUnixSockets.available()) {
            throw new IllegalStateException("the native unix-socket library is not loaded");
        }
        return new NativeUnixSocket(connect0(path.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public int read(ByteBuffer destination) throws IOException {
        if (!destination.hasRemaining()) {
            ensureOpen();
            return 0;
        }
        if (!destination.hasArray()) {
            ByteBuffer heap = ByteBuffer.allocate(destination.remaining());
            int count = read(heap);
            if (count > 0) {
                destination.put(heap.flip());
            }
            return count;
        }
        enter();
        int count = -1;
        try {
            count = read0(fd, destination.array(), destination.arrayOffset() + destination.position(),
                    destination.remaining());
        } finally {
            leave(count > 0);
        }
        if (count > 0) {
            destination.position(destination.position() + count);
        }
        return count;
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        if (!source.hasRemaining()) {
            ensureOpen();
            return 0;
        }
        if (!source.hasArray()) {
            byte[] copy = new byte[source.remaining()];
            source.duplicate().get(copy);
            int count = write(ByteBuffer.wrap(copy));
            source.position(source.position() + count);
            return count;
        }
        enter();
        int count = 0;
        try {
            count = write0(fd, source.array(), source.arrayOffset() + source.position(), source.remaining());
        } finally {
            leave(count > 0);
        }
        source.position(source.position() + count);
        return count;
    }

    @Override
    public boolean isOpen() {
        synchronized (lock) {
            return open;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (!open) {
                return;
            }
            open = false;
            // wakes calls blocked in the library; the last of them to leave closes the descriptor
            shutdown0(fd);
            releaseIfIdle();
        }
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
    }

    private void enter() throws ClosedChannelException {
        synchronized (lock) {
            if (!open) {
                throw new ClosedChannelException();
            }
            callsInProgress++;
        }
    }

    /** Ends a call; one that a close interrupted fails even if it moved bytes first (as the JDK's channels do). */
    private void leave(boolean movedBytes) throws AsynchronousCloseException {
        boolean closedMeanwhile;
        synchronized (lock) {
            callsInProgress--;
            closedMeanwhile = !open;
            releaseIfIdle();
        }
        if (closedMeanwhile && !movedBytes) {
            throw new AsynchronousCloseException();
        }
    }

    private void releaseIfIdle() {
        if (!open && callsInProgress == 0 && !released) {
            released = true;
            close0(fd);
        }
    }

    private static native int connect0(byte[] path) throws IOException;

    /** Reads at most {@code length} bytes (fewer than asked is normal); -1 at the end of the stream. */
    private static native int read0(int fd, byte[] bytes, int offset, int length) throws IOException;

    /** Writes at most {@code length} bytes and returns how many. */
    private static native int write0(int fd, byte[] bytes, int offset, int length) throws IOException;

    private static native void shutdown0(int fd);

    private static native void close0(int fd);
}
