package io.ovsguard.validator.memory;

/** Why a step did not succeed. */
public enum FailureCause {
    NONE,
    /** Every request of the halving loop was larger than the free heap on the socket. */
    POOL_TOO_LARGE,
    /** DPDK 16.07 leaked the largest free zone on the first failed request, so the retries had nothing left. */
    POPULATE_LEAK,
    /** The pool fit, but the queues set up after it did not (calibration G01). */
    DEVICE_SETUP,
    /** DPDK could not reserve the configured socket memory at start, so no DPDK port can work. */
    DPDK_INIT
}
