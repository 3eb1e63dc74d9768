package io.ovsguard.validator.memory;

import io.ovsguard.validator.switchconf.SharedMempoolConfig;

/**
 * Switch-wide settings that shape pools: the model, the shared-pool classes, EAL -n/-r, and the TX queues every
 * port gets (one per PMD thread plus the non-PMD thread; memory-model §1, calibration §3 "n_txq = 2").
 */
public record PoolPolicy(boolean perPortMemory, SharedMempoolConfig sharedConfig, int channels, int ranks,
                         int txqPerPort) {
}
