package io.ovsguard.validator.guard;

/**
 * Points in a guarded change where a test can step in, e.g. to stop the guard between commit and rollback as if its
 * process died. Whatever a hook throws propagates unchanged: the guard does not clean up after it, exactly as a
 * dead process would not.
 */
public interface GuardHooks {

    GuardHooks NONE = new GuardHooks() {
    };

    /** Called once the commit (with its crash marks) is in the database, before waiting for ovs-vswitchd. */
    default void afterCommit(String guardId) {
    }
}
