package io.ovsguard.validator.host;

import java.nio.file.Path;

/** A sysfs file could not be read or did not hold what the kernel writes there. Names the path. */
public final class TopologyReadException extends RuntimeException {

    private final transient Path path;

    public TopologyReadException(Path path, String problem) {
        super(path + ": " + problem);
        this.path = path;
    }

    public TopologyReadException(Path path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
        this.path = path;
    }

    /** The file or directory that could not be read. */
    public Path path() {
        return path;
    }
}
