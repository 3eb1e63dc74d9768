package io.ovsguard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void keepsTheTwoJitCompilersApart() {
        assertThat(ThreadCpu.group("C1 CompilerThre")).isEqualTo("C1 CompilerThre");
        assertThat(ThreadCpu.group("C2 CompilerThre")).isEqualTo("C2 CompilerThre");
    }

    @Test
    void groupsOtherThreadsByTheirNameWithoutDigits() {
        assertThat(ThreadCpu.group("GC Thread#1")).isEqualTo("GC Thread");
        assertThat(ThreadCpu.group("ovsdb-io-3-1")).isEqualTo("ovsdb-io--");
        assertThat(ThreadCpu.group("C2")).isEqualTo("C");
    }
}
