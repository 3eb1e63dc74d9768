package io.ovsguard.validator.switchconf;

import io.ovsguard.validator.host.CpuList;
import java.math.BigInteger;
import java.util.BitSet;

/** A hex CPU mask as in {@code pmd-cpu-mask} and {@code dpdk-lcore-mask} ({@code 0x2}, {@code ff00}). */
public final class CpuMask {

    private CpuMask() {
    }

    public static CpuList parse(String key, String text) {
        String t = text.strip();
        String digits = t.startsWith("0x") || t.startsWith("0X") ? t.substring(2) : t;
        if (digits.isEmpty() || !digits.matches("[0-9a-fA-F]+")) {
            throw new ConfigSyntaxException(key, text, "expected a hex CPU mask like 0x2");
        }
        BigInteger value = new BigInteger(digits, 16);
        if (value.signum() == 0) {
            throw new ConfigSyntaxException(key, text, "the mask selects no CPU");
        }
        BitSet bits = new BitSet();
        for (int i = 0; i < value.bitLength(); i++) {
            if (value.testBit(i)) {
                bits.set(i);
            }
        }
        return CpuList.of(bits);
    }

    /** Renders a CPU set as a {@code 0x...} mask. */
    public static String format(CpuList cpus) {
        BigInteger value = BigInteger.ZERO;
        for (int cpu : cpus.ids()) {
            value = value.setBit(cpu);
        }
        return "0x" + value.toString(16);
    }
}
