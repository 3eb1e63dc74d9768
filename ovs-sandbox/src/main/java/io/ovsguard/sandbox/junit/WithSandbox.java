package io.ovsguard.sandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link OvsSandboxExtension} for an {@link io.ovsguard.sandbox.OvsSandbox} configured like this.
 *
 * <p>On a {@code static} field: one sandbox for the whole class (started before all tests). On an instance field or
 * a test-method parameter: a fresh sandbox per test. A parameter of type {@code OvsSandbox} without this annotation
 * gets the defaults (ovsdb-server on a unix socket only).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface WithSandbox {

    /** Also listen on {@code ptcp:0:127.0.0.1}. */
    boolean tcp() default false;

    /** Also listen on {@code pssl:0:127.0.0.1} with certificates from ovs-pki. */
    boolean ssl() default false;

    /** Run a DPDK ovs-vswitchd too. */
    boolean vswitchd() default false;

    /** {@code dpdk-socket-mem} in MB; 0 leaves it unset. */
    int socketMemMb() default 0;

    /** {@code dpdk-socket-limit} in MB; 0 leaves it unset. Both unset: dynamic memory. */
    int socketLimitMb() default 0;

    /** Extra {@code other_config} entries as {@code key=value}, e.g. {@code per-port-memory=true}. */
    String[] otherConfig() default {};

    String pmdCpuMask() default "0x2";

    /** When ≥ 0: exactly this many 2 MB pages are free while vswitchd starts (exclusive; see Hugepages). */
    int exactlyFreeHugepages() default -1;
}
