package io.ovsguard.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that decides how an {@link OvsSandbox} starts. Immutable; build it with {@link #builder()}.
 *
 * <p>The default is an ovsdb-server on its unix socket only, in a fresh directory under {@code /tmp}.
 *
 * @param tcp          also listen on {@code ptcp:0:127.0.0.1} (the port is discovered, never fixed)
 * @param ssl          also listen on {@code pssl:0:127.0.0.1}, with a CA and certificates made by {@code ovs-pki}
 * @param vswitchd     run a DPDK ovs-vswitchd too, configured like this
 * @param tempRoot     parent of the sandbox directory; keep it short, unix socket paths are limited to ~107 bytes
 * @param startTimeout deadline for each daemon to become ready; the default of 60 s leaves room for a loaded 2-core
 *                     host (a healthy DPDK start takes well under a second)
 * @param stopTimeout  how long a daemon gets after SIGTERM before SIGKILL
 */
public record SandboxSpec(
        boolean tcp,
        boolean ssl,
        Optional<VswitchdSpec> vswitchd,
        OvsBinaries binaries,
        Path tempRoot,
        Duration startTimeout,
        Duration stopTimeout) {

    public SandboxSpec {
        Objects.requireNonNull(vswitchd, "vswitchd");
        Objects.requireNonNull(binaries, "binaries");
        Objects.requireNonNull(tempRoot, "tempRoot");
        requirePositive(startTimeout, "startTimeout");
        requirePositive(stopTimeout, "stopTimeout");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An ovsdb-server on a unix socket, nothing else. */
    public static SandboxSpec ovsdbOnly() {
        return builder().build();
    }

    public SandboxSpec withVswitchd(VswitchdSpec spec) {
        return new SandboxSpec(tcp, ssl, Optional.of(spec), binaries, tempRoot, startTimeout, stopTimeout);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }

    /** Mutable only while building. */
    public static final class Builder {
        private boolean tcp;
        private boolean ssl;
        private VswitchdSpec vswitchd;
        private OvsBinaries binaries = OvsBinaries.debian();
        private Path tempRoot = Path.of("/tmp");
        private Duration startTimeout = Duration.ofSeconds(60);
        private Duration stopTimeout = Duration.ofSeconds(10);

        private Builder() {
        }

        public Builder tcp() {
            this.tcp = true;
            return this;
        }

        public Builder ssl() {
            this.ssl = true;
            return this;
        }

        public Builder vswitchd(VswitchdSpec spec) {
            this.vswitchd = Objects.requireNonNull(spec, "spec");
            return this;
        }

        public Builder binaries(OvsBinaries binaries) {
            this.binaries = binaries;
            return this;
        }

        public Builder tempRoot(Path tempRoot) {
            this.tempRoot = tempRoot;
            return this;
        }

        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        public Builder stopTimeout(Duration timeout) {
            this.stopTimeout = timeout;
            return this;
        }

        public SandboxSpec build() {
            return new SandboxSpec(tcp, ssl, Optional.ofNullable(vswitchd), binaries, tempRoot, startTimeout,
                    stopTimeout);
        }
    }
}
