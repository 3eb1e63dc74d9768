package io.ovsguard.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * The layout of one sandbox directory. Every file a sandbox creates lives here, so two sandboxes never share a
 * socket, pid file or log, and the directory name doubles as the DPDK {@code --file-prefix}.
 */
public record SandboxDirs(Path dir) {

    /** sun_path is 108 bytes including the terminating NUL. */
    static final int MAX_SOCKET_PATH_BYTES = 107;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int ATTEMPTS = 100;

    public SandboxDirs {
        Objects.requireNonNull(dir, "dir");
        dir = dir.toAbsolutePath();
    }

    /** Creates {@code tempRoot/ovsg-XXXXXX} with a random suffix that no other sandbox holds. */
    public static SandboxDirs create(Path tempRoot) {
        SecureRandom random = new SecureRandom();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            StringBuilder name = new StringBuilder("ovsg-");
            for (int i = 0; i < 6; i++) {
                name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            SandboxDirs dirs = new SandboxDirs(tempRoot.resolve(name.toString()));
            dirs.checkSocketPathLength();
            try {
                Files.createDirectories(tempRoot);
                Files.createDirectory(dirs.dir());
                return dirs;
            } catch (FileAlreadyExistsException taken) {
                // another sandbox drew the same name; draw again
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a sandbox directory under " + tempRoot, e);
            }
        }
        throw new SandboxException("no free sandbox directory name under " + tempRoot + " after " + ATTEMPTS + " tries");
    }

    /** The directory's name: unique per sandbox, used as DPDK's {@code --file-prefix}. */
    public String name() {
        return dir.getFileName().toString();
    }

    public Path confDb() {
        return dir.resolve("conf.db");
    }

    public Path dbSocket() {
        return dir.resolve("db.sock");
    }

    public Path ovsdbServerPid() {
        return dir.resolve("ovsdb-server.pid");
    }

    public Path ovsdbServerCtl() {
        return dir.resolve("ovsdb-server.ctl");
    }

    public Path ovsdbServerLog() {
        return dir.resolve("ovsdb-server.log");
    }

    public Path vswitchdPid() {
        return dir.resolve("ovs-vswitchd.pid");
    }

    public Path vswitchdCtl() {
        return dir.resolve("ovs-vswitchd.ctl");
    }

    public Path vswitchdLog() {
        return dir.resolve("ovs-vswitchd.log");
    }

    public Path pkiDir() {
        return dir.resolve("pki");
    }

    /** Console output of a daemon before it detached (usually empty; kept for diagnosis). */
    public Path consoleOf(String program) {
        return dir.resolve(program + ".out");
    }

    private void checkSocketPathLength() {
        for (Path socket : new Path[] {dbSocket(), ovsdbServerCtl(), vswitchdCtl()}) {
            int bytes = socket.toString().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_SOCKET_PATH_BYTES) {
                throw new SandboxException("unix socket path " + socket + " is " + bytes + " bytes, over the limit of "
                        + MAX_SOCKET_PATH_BYTES + "; choose a shorter temp root than " + dir.getParent());
            }
        }
    }
}
