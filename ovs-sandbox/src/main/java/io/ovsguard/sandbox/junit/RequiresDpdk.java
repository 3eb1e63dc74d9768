package io.ovsguard.sandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test (or class) only on a host with everything a DPDK ovs-vswitchd sandbox needs: the OVS programs, ovs-vswitchd-dpdk and hugepages.
 * Elsewhere it is skipped with the reason, unless {@code ovsguard.it.strict=true} (CI), where it fails instead.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(OvsEnvironmentCondition.class)
public @interface RequiresDpdk {
}
