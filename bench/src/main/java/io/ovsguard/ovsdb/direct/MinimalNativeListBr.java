package io.ovsguard.ovsdb.direct;

import io.ovsguard.bench.cli.MinimalListBr;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The benchmark's {@link MinimalListBr minimal JVM client} of {@code list-br} on ovsguard's own way to a unix socket,
 * the JNI library of ovsdb-client ({@link NativeUnixSocket}, loaded from the file the system property
 * {@code ovsguard.native.library} names), instead of the JDK's unix-domain channel, whose first use seeds a
 * {@code SecureRandom}. The same requests, the same output: about the least a JVM client connecting as ovsguard
 * does can do for the command. It lives in the library's package only to reach the package-private socket; its jar
 * holds this class, {@link MinimalListBr} and the socket's classes, nothing else.
 */
public final class MinimalNativeListBr {

    private MinimalNativeListBr() {
    }

    public static void main(String[] args) throws IOException {
        try (NativeUnixSocket socket = NativeUnixSocket.connect(Path.of(MinimalListBr.socketPath(args)))) {
            MinimalListBr.listBridges(socket);
        }
    }
}
