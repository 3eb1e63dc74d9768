package io.ovsguard.bench;

/** The benchmark's workloads, identical for every peer so that their figures can be compared. */
public enum Workload {
    /** COUNT single-row Queue inserts, each its own transaction, all sent before any reply is awaited. */
    PIPELINED("pipelined"),
    /** COUNT single-row Queue inserts, one transaction at a time: the latency of a round trip. */
    SEQUENTIAL("sequential"),
    /** One transaction adding COUNT ports (Interface + Port rows and the Bridge mutation) to br0. */
    BULK("bulk");

    private final String token;

    Workload(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public static Workload parse(String token) {
        for (Workload w : values()) {
            if (w.token.equals(token)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown workload '" + token + "' (pipelined, sequential, bulk)");
    }
}
