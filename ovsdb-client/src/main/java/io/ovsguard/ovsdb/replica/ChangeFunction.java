package io.ovsguard.ovsdb.replica;

/**
 * A change to make against a replica snapshot: read through {@link GuardedTransaction#read} and
 * {@link GuardedTransaction#find} (each read becomes a {@code wait} guard) and write through
 * {@link GuardedTransaction#writes()}. May run more than once, on newer snapshots; must not have
 * side effects beyond the transaction.
 */
@FunctionalInterface
public interface ChangeFunction {

    void apply(GuardedTransaction transaction);
}
