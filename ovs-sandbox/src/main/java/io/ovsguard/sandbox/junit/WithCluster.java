package io.ovsguard.sandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures the {@link io.ovsguard.sandbox.ClusterSandbox} that {@link ClusterSandboxExtension} gives a test
 * parameter. A {@code ClusterSandbox} parameter without it gets three members.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface WithCluster {

    /** Number of Raft members. */
    int members() default 3;

    /** Raft election timer in milliseconds (OVS's default is 1000; at least 100). */
    long electionTimerMs() default 1000;
}
