package io.ovsguard.validator.switchconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParsersTest {

    @Test
    void parsesSocketMemPerSocket() {
        DpdkSocketMem mem = DpdkSocketMem.parse("k", "1024,0");
        assertThat(mem.mib(0)).isEqualTo(1024);
        assertThat(mem.mib(1)).isZero();
        assertThat(mem.mib(5)).isZero();
        assertThat(mem.with(2, 768).toString()).isEqualTo("1024,0,768");
    }

    @Test
    void socketMemErrorsQuoteTheText() {
        assertThatThrownBy(() -> DpdkSocketMem.parse("other_config:dpdk-socket-mem", "256,,x"))
                .isInstanceOf(ConfigSyntaxException.class)
                .hasMessage("other_config:dpdk-socket-mem=\"256,,x\": entry 2 is empty");
        assertThatThrownBy(() -> DpdkSocketMem.parse("k", "256,x")).hasMessageContaining("entry 2 \"x\"");
        assertThatThrownBy(() -> DpdkSocketMem.parse("k", "")).hasMessageContaining("empty list");
        assertThatThrownBy(() -> DpdkSocketMem.parse("k", "-1")).hasMessageContaining("\"-1\"");
    }

    @Test
    void parsesOvsAndDpdkVersions() {
        assertThat(OvsVersion.parse("2.6.0")).isEqualTo(new OvsVersion(2, 6, 0));
        assertThat(OvsVersion.parse("3.1.0-2+deb12u1")).isEqualTo(new OvsVersion(3, 1, 0));
        assertThat(OvsVersion.parse("3.1").atLeast(2, 17)).isTrue();
        assertThat(DpdkVersion.parse("DPDK 22.11.11")).isEqualTo(new DpdkVersion(22, 11, 11));
        assertThat(DpdkVersion.parse("DPDK 16.07.0")).isEqualTo(new DpdkVersion(16, 7, 0));
        assertThat(DpdkVersion.parse("DPDK 16.07").below(16, 11)).isTrue();
        assertThat(DpdkVersion.parse("17.11.3").atLeast(17, 11)).isTrue();
    }

    @Test
    void rejectsVersionsThatAreNotVersions() {
        assertThatThrownBy(() -> OvsVersion.parse("three")).isInstanceOf(ConfigSyntaxException.class)
                .hasMessageContaining("ovs_version=\"three\"");
        assertThatThrownBy(() -> DpdkVersion.parse("DPDK next")).hasMessageContaining("\"DPDK next\"");
    }

    @Test
    void parsesDpdkExtraWordsThatMatterForMemory() {
        DpdkExtra extra = DpdkExtra.parse("--no-pci --file-prefix=calib -n 2 -m1024 --socket-mem 64,0 "
                + "--socket-limit=128,0 --legacy-mem -r 2 '--vdev=net_tap0,iface=a b'");
        assertThat(extra.noPci()).isTrue();
        assertThat(extra.filePrefix()).hasValue("calib");
        assertThat(extra.channels()).hasValue(2);
        assertThat(extra.ranks()).hasValue(2);
        assertThat(extra.allocMemMib()).hasValue(1024);
        assertThat(extra.socketMem().orElseThrow().mib(0)).isEqualTo(64);
        assertThat(extra.socketLimit().orElseThrow().mib(0)).isEqualTo(128);
        assertThat(extra.legacyMem()).isTrue();
        assertThat(extra.words()).contains("--vdev=net_tap0,iface=a b");
        assertThat(DpdkExtra.parse("--no-huge").noHuge()).isTrue();
    }

    @Test
    void dpdkExtraErrorsSayWhichOption() {
        assertThatThrownBy(() -> DpdkExtra.parse("-m")).hasMessageContaining("option -m needs a value");
        assertThatThrownBy(() -> DpdkExtra.parse("-n x")).hasMessageContaining("-n needs a number, found \"x\"");
        assertThatThrownBy(() -> DpdkExtra.parse("--socket-mem 1,,2")).hasMessageContaining("entry 2 is empty");
        assertThatThrownBy(() -> DpdkExtra.parse("'--no-pci")).hasMessageContaining("unterminated");
    }

    @Test
    void parsesHexCpuMasks() {
        assertThat(CpuMask.parse("pmd-cpu-mask", "0x2").ids()).containsExactly(1);
        assertThat(CpuMask.parse("pmd-cpu-mask", "f00000").ids()).containsExactly(20, 21, 22, 23);
        assertThat(CpuMask.format(CpuMask.parse("k", "0x100000002"))).isEqualTo("0x100000002");
        assertThatThrownBy(() -> CpuMask.parse("other_config:pmd-cpu-mask", "0xzz"))
                .hasMessageContaining("pmd-cpu-mask=\"0xzz\"");
        assertThatThrownBy(() -> CpuMask.parse("k", "0")).hasMessageContaining("selects no CPU");
    }

    @Test
    void parsesSharedMempoolConfig() {
        SharedMempoolConfig cfg = SharedMempoolConfig.parse("9000,1500:1");
        assertThat(cfg.mtusFor(0)).containsExactly(9000);
        assertThat(cfg.mtusFor(1)).containsExactly(9000, 1500);
        assertThatThrownBy(() -> SharedMempoolConfig.parse("9000,:1")).hasMessageContaining("entry \":1\"");
    }
}
