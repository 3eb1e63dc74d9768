package io.ovsguard.sandbox.junit;

import io.ovsguard.sandbox.SandboxSpec;
import io.ovsguard.sandbox.VswitchdSpec;

/** Turns a {@link WithSandbox} annotation into a {@link SandboxSpec}. */
final class SandboxSpecs {

    private SandboxSpecs() {
    }

    static SandboxSpec from(WithSandbox config) {
        SandboxSpec.Builder spec = SandboxSpec.builder();
        if (config == null) {
            return spec.build();
        }
        if (config.tcp()) {
            spec.tcp();
        }
        if (config.ssl()) {
            spec.ssl();
        }
        if (config.vswitchd()) {
            spec.vswitchd(vswitchd(config));
        }
        return spec.build();
    }

    private static VswitchdSpec vswitchd(WithSandbox config) {
        VswitchdSpec.Builder vs = VswitchdSpec.builder().pmdCpuMask(config.pmdCpuMask());
        if (config.socketMemMb() > 0) {
            vs.socketMemMb(config.socketMemMb());
        }
        if (config.socketLimitMb() > 0) {
            vs.socketLimitMb(config.socketLimitMb());
        }
        for (String entry : config.otherConfig()) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("@WithSandbox otherConfig entries are key=value, got '" + entry + "'");
            }
            vs.otherConfig(entry.substring(0, eq), entry.substring(eq + 1));
        }
        if (config.exactlyFreeHugepages() >= 0) {
            vs.hugepagesExactlyFree(config.exactlyFreeHugepages());
        }
        return vs.build();
    }
}
