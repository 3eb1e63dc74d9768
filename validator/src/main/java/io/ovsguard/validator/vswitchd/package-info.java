/**
 * What ovs-vswitchd says besides the database, for telling a port's failure apart: its log lines
 * ({@link io.ovsguard.validator.vswitchd.LogSignals}), and through unixctl when it is local
 * ({@link io.ovsguard.validator.vswitchd.VswitchdProbe}: {@code dpctl/show}, {@code dpdk/get-malloc-stats},
 * {@code netdev-dpdk/get-mempool-info}). {@link io.ovsguard.validator.vswitchd.Diagnostician} combines them with the
 * Interface row into a {@link io.ovsguard.validator.vswitchd.FailureDiagnosis}.
 */
package io.ovsguard.validator.vswitchd;
