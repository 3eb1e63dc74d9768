package io.ovsguard.cli.command;

/**
 * What a command does, in ovs-vsctl's three phases. The execution engine (which owns the database context type
 * {@code C}) calls {@link #prerequisites} for every command of a command line first, to learn which tables and
 * columns to fetch, then {@link #run} for each against one consistent snapshot into one transaction, and after the
 * commit {@link #postprocess}, for example to print the UUID a {@code @name} turned into.
 *
 * @param <C> the per-command context the execution engine provides
 */
public interface CommandHandler<C> {

    /** Declares what the command will read; the default reads nothing. */
    default void prerequisites(C context) {
    }

    /** Reads from the snapshot, adds operations to the transaction and writes output into the context. */
    void run(C context);

    /** Runs after a successful commit; the default does nothing. */
    default void postprocess(C context) {
    }
}
