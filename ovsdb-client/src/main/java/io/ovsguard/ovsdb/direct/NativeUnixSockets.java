package io.ovsguard.ovsdb.direct;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the direct client connects {@code unix:} remotes through its JNI library instead of the JDK's unix-domain
 * channels. The JDK's first unix-domain channel seeds a {@code SecureRandom} and so initialises the security
 * providers, about 9 ms of a short process (a command-line call); the library costs a {@code dlopen}. It is used
 * only when the system property {@value #LIBRARY_PROPERTY} names the library file (the project's build writes
 * {@code ovsdb-client/target/native/libovsguard-unix.so}; the CLI's launcher passes it) and the file loads; otherwise,
 * and on any other JVM, the JDK's channels serve as before. On JDK 22 and later the JVM option
 * {@code --enable-native-access=ALL-UNNAMED} keeps the JVM from warning about the load on standard error.
 */
final class NativeUnixSockets {

    /** The system property naming the library file. */
    static final String LIBRARY_PROPERTY = "ovsguard.native.library";

    private NativeUnixSockets() {
    }

    /** Loads the library on the first call; true if unix remotes use it. */
    static boolean available() {
        return Loaded.AVAILABLE;
    }

    private static boolean load() {
        return load(System.getProperty(LIBRARY_PROPERTY, ""));
    }

    /**
     * Loads the library file; false if none is named, if the file is gone (a cleaned build: debug only, since a
     * command-line tool's standard error must stay its own), or if it does not load (one warning line).
     */
    static boolean load(String file) {
        if (file.isBlank()) {
            return false;
        }
        if (!Files.isRegularFile(Path.of(file))) {
            log().debug("{} names {}, which does not exist; unix sockets use the JDK's channels", LIBRARY_PROPERTY,
                    file);
            return false;
        }
        try {
            System.load(file);
            return true;
        } catch (UnsatisfiedLinkError | SecurityException e) {
            log().warn("cannot load {} ({}); unix sockets use the JDK's channels", file, e.getMessage());
            return false;
        }
    }

    /** The logger, asked for only when there is something to log: a process that logs nothing starts no back end. */
    private static Logger log() {
        return LoggerFactory.getLogger(NativeUnixSockets.class);
    }

    /** Loaded once, on first use, by the JVM's class initialisation (thread-safe without a lock of ours). */
    private static final class Loaded {
        static final boolean AVAILABLE = load();
    }
}
