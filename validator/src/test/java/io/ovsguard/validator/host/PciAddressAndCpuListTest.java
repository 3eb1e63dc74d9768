package io.ovsguard.validator.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PciAddressAndCpuListTest {

    @Test
    void parsesLongAndShortPciAddresses() {
        assertThat(PciAddress.parse("0000:8b:00.0")).isEqualTo(new PciAddress(0, 0x8b, 0, 0));
        assertThat(PciAddress.parse("8B:00.1").toString()).isEqualTo("0000:8b:00.1");
        assertThat(PciAddress.parse("0001:af:1f.7")).isEqualTo(new PciAddress(1, 0xaf, 0x1f, 7));
    }

    @Test
    void pciAddressErrorsNameTheBadPart() {
        assertThatThrownBy(() -> PciAddress.parse("0000:8g:00.0")).hasMessageContaining("bus \"8g\"");
        assertThatThrownBy(() -> PciAddress.parse("0000:8b:00.9")).hasMessageContaining("function \"9\"");
        assertThatThrownBy(() -> PciAddress.parse("0000:8b:20.0")).hasMessageContaining("device \"20\"");
        assertThatThrownBy(() -> PciAddress.parse("00000:8b:00.0")).hasMessageContaining("domain \"00000\"");
        assertThatThrownBy(() -> PciAddress.parse("0000:8b:00")).hasMessageContaining("missing \".function\"");
        assertThatThrownBy(() -> PciAddress.parse("0000:01:00.9x"))
                .hasMessage("bad PCI address \"0000:01:00.9x\": function \"9x\" is not one hex digit");
        assertThatThrownBy(() -> PciAddress.parse("0000:123:00.0"))
                .hasMessage("bad PCI address \"0000:123:00.0\": bus \"123\" is not 1 to 2 hex digits");
    }

    @Test
    void parsesKernelCpuListsAndRendersThemBack() {
        CpuList cpus = CpuList.parse("0-3,8-11");
        assertThat(cpus.ids()).containsExactly(0, 1, 2, 3, 8, 9, 10, 11);
        assertThat(cpus.toString()).isEqualTo("0-3,8-11");
        assertThat(CpuList.parse("").isEmpty()).isTrue();
        assertThat(CpuList.parse("5").ids()).containsExactly(5);
    }

    @Test
    void rejectsMalformedCpuLists() {
        assertThatThrownBy(() -> CpuList.parse("0-3,x")).hasMessageContaining("\"x\"");
        assertThatThrownBy(() -> CpuList.parse("7-3")).hasMessageContaining("ends before it starts");
    }
}
