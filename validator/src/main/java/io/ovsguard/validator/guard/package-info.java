/**
 * The guarded commit: a DPDK change either works or leaves the database exactly as it was.
 *
 * <p>{@link io.ovsguard.validator.guard.GuardedCommit#apply} takes a {@link io.ovsguard.validator.guard.GuardRequest}
 * (the {@code ProposedChange} for the validator, the caller's OVSDB operations, {@code wait}s on what the caller
 * read, and {@link io.ovsguard.validator.guard.GuardOptions}: force, noRollback, noValidate, waitForVswitchd,
 * timeout, settle, host) and returns a sealed {@link io.ovsguard.validator.guard.GuardOutcome}: {@code Committed},
 * {@code Refused}, {@code RolledBack}, {@code Failed} (rollback disabled) or {@code Indeterminate}.
 * {@link io.ovsguard.validator.guard.DpdkChanges} builds requests for the usual controller changes;
 * {@link io.ovsguard.validator.guard.GuardRecovery} settles changes whose guard died, found by their crash marks
 * ({@code external_ids:ovsguard-guard} and {@code ovsguard-undo}, written in the commit transaction and removed in
 * the settling or rollback transaction).
 */
package io.ovsguard.validator.guard;
