package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Uuids for rows a command line inserts and for its {@code @name}s. They live only until the commit (the server
 * assigns the real ones; on the wire they become {@code uuid-name}s), so they must be unique within the command
 * line, not unpredictable. {@link UUID#randomUUID()} would be, at the price of seeding a {@code SecureRandom} and
 * with it the JDK's security providers: about 9.5 ms of CPU on every call that inserts a row, more than the rest of
 * an {@code add-port} after its fetch. These are random version-4 uuids from {@link ThreadLocalRandom}, as ovs-vsctl's
 * are random too (rows it inserts and lists in one command line come out in random order in both tools).
 */
final class TemporaryUuids {

    private static final long VERSION_MASK = 0xffffffffffff0fffL;
    private static final long VERSION_4 = 0x0000000000004000L;
    private static final long VARIANT_MASK = 0x3fffffffffffffffL;
    private static final long VARIANT_IETF = 0x8000000000000000L;

    private TemporaryUuids() {
    }

    static Uuid next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & VERSION_MASK) | VERSION_4;
        long low = (random.nextLong() & VARIANT_MASK) | VARIANT_IETF;
        return new Uuid(new UUID(high, low));
    }
}
