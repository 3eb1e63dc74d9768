package io.ovsguard.ovsdb;

import io.ovsguard.ovsdb.schema.KnownSchema;
import java.util.List;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the client talks to a server. Immutable; build with {@link #builder()} or derive with
 * {@link #mutate()}.
 *
 * @param requestTimeout how long a call waits for its response before failing with a timeout
 * @param connectTimeout how long establishing a connection (including the TLS handshake) may take
 * @param maxMessageBytes the largest JSON-RPC message accepted from the peer; a larger one closes
 *     the connection
 * @param inactivityProbe after this long without receiving anything, send {@code echo}; close the
 *     connection if nothing arrives within another interval. {@link Duration#ZERO} turns it off.
 * @param tls the key, certificate and CA files for {@code ssl:} and {@code pssl:}
 * @param knownSchemas schemas known in advance: a {@code get_schema} reply that is exactly one's served text is not
 *     parsed (see {@link KnownSchema})
 */
public record ClientOptions(Duration requestTimeout, Duration connectTimeout, int maxMessageBytes,
        Duration inactivityProbe, Optional<TlsSettings> tls, List<KnownSchema> knownSchemas) {

    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Large enough for a full monitor reply from a big Open_vSwitch database. */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
    /** The same default as OVS's own clients and server. */
    public static final Duration DEFAULT_INACTIVITY_PROBE = Duration.ofSeconds(5);
    public static final Optional<TlsSettings> DEFAULT_TLS = Optional.empty();

    public ClientOptions {
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(connectTimeout, "connectTimeout");
        if (maxMessageBytes < 2) {
            throw new IllegalArgumentException("maxMessageBytes must be at least 2: " + maxMessageBytes);
        }
        Objects.requireNonNull(inactivityProbe, "inactivityProbe");
        if (inactivityProbe.isNegative()) {
            throw new IllegalArgumentException("inactivityProbe must not be negative: " + inactivityProbe);
        }
        Objects.requireNonNull(tls, "tls");
        knownSchemas = List.copyOf(knownSchemas);
    }

    public static ClientOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options. */
    public Builder mutate() {
        return new Builder()
                .requestTimeout(requestTimeout)
                .connectTimeout(connectTimeout)
                .maxMessageBytes(maxMessageBytes)
                .inactivityProbe(inactivityProbe)
                .tls(tls)
                .knownSchemas(knownSchemas);
    }

    /** Whether the inactivity probe is on. */
    public boolean probesInactivity() {
        return !inactivityProbe.isZero();
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }

    /** Collects options; every unset value is the matching {@code DEFAULT_*} constant. */
    public static final class Builder {
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private int maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES;
        private Duration inactivityProbe = DEFAULT_INACTIVITY_PROBE;
        private Optional<TlsSettings> tls = DEFAULT_TLS;
        private List<KnownSchema> knownSchemas = List.of();

        private Builder() {
        }

        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder maxMessageBytes(int maxMessageBytes) {
            this.maxMessageBytes = maxMessageBytes;
            return this;
        }

        /** {@link Duration#ZERO} turns the probe off. */
        public Builder inactivityProbe(Duration inactivityProbe) {
            this.inactivityProbe = inactivityProbe;
            return this;
        }

        public Builder tls(TlsSettings tls) {
            this.tls = Optional.of(tls);
            return this;
        }

        public Builder tls(Optional<TlsSettings> tls) {
            this.tls = tls;
            return this;
        }

        /** Schemas whose served text stands for a parsed schema; none by default. */
        public Builder knownSchemas(List<KnownSchema> knownSchemas) {
            this.knownSchemas = knownSchemas;
            return this;
        }

        public ClientOptions build() {
            return new ClientOptions(requestTimeout, connectTimeout, maxMessageBytes, inactivityProbe, tls,
                    knownSchemas);
        }
    }
}
