package io.ovsguard.validator.memory;

/** How OVS turns an MTU into a buffer size; changed three times (memory-model §2). */
public enum SizingEra {
    /** v2.5.x: {@code MBUF_SIZE}, no rounding; the pool key is the raw MTU. */
    V2_5,
    /** v2.6.x-v2.7.x: 1 KiB rounding of MTU+26+headroom, commit 4be4d22c3. */
    V2_6,
    /** v2.8.x-v2.10.x: as v2.6 plus cache-line rounding of the element, commit 31b88c975. */
    V2_8,
    /** v2.11.0+: data room rounded without headroom, private area padded, commits dfaf00e8c / a32bab26e. */
    V2_11
}
