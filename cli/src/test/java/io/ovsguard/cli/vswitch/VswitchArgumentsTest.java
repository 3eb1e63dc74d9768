package io.ovsguard.cli.vswitch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VswitchArgumentsTest {

    @Test
    void atoiReadsTheLeadingDecimalNumberLikeC() {
        assertThat(CNumber.atoi("10")).isEqualTo(10);
        assertThat(CNumber.atoi("10x")).isEqualTo(10);
        assertThat(CNumber.atoi("0x10")).isZero();
        assertThat(CNumber.atoi("010")).isEqualTo(10);
        assertThat(CNumber.atoi(" -3")).isEqualTo(-3);
        assertThat(CNumber.atoi("ten")).isZero();
    }

    @Test
    void atoiKeepsTheLow32BitsOfALongLikeGlibc() {
        assertThat(CNumber.atoi("99999999999")).isEqualTo(1215752191);
        assertThat(CNumber.atoi("4294967306")).isEqualTo(10);
        assertThat(CNumber.atoi("2147483648")).isEqualTo(Integer.MIN_VALUE);
        assertThat(CNumber.atoi("99999999999999999999")).isEqualTo(-1);
        assertThat(CNumber.atoll("99999999999999999999")).isEqualTo(Long.MAX_VALUE);
        assertThat(CNumber.atoll("-99999999999999999999")).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void scanIntegerReadsACIntegerAfterTheLiteralPrefix() {
        assertThat(CNumber.scanInteger("zone=", "zone=12")).hasValue(12);
        assertThat(CNumber.scanInteger("zone=", "zone= 0x1f")).hasValue(31);
        assertThat(CNumber.scanInteger("zone=", "zone=010")).hasValue(8);
        assertThat(CNumber.scanInteger("zone=", "zone=0")).hasValue(0);
        assertThat(CNumber.scanInteger("zone=", "zone=-2")).hasValue(-2);
        assertThat(CNumber.scanInteger("zone=", "zone=7abc")).hasValue(7);
        assertThat(CNumber.scanInteger("zone=", "zone=18446744073709551617")).hasValue(1);
    }

    @Test
    void scanIntegerRefusesTextWithoutPrefixOrDigits() {
        assertThat(CNumber.scanInteger("zone=", "1")).isEmpty();
        assertThat(CNumber.scanInteger("zone=", "zone=x")).isEmpty();
        assertThat(CNumber.scanInteger("zone=", "zone=0x")).isEmpty();
        assertThat(CNumber.scanInteger("zone=", "zone=")).isEmpty();
    }

    @Test
    void namesSortByUtf8BytesLikeStrcmp() {
        assertThat(Utf8Strings.sorted(List.of("b", "B", "é", "a", "\uD83D\uDE00", "\uFFFD")))
                .containsExactly("B", "a", "b", "é", "\uFFFD", "\uD83D\uDE00");
        assertThat(Utf8Strings.lines(List.of("p2", "p10"))).isEqualTo("p10\np2\n");
        assertThat(Utf8Strings.sorted(List.of("\u00E9", "z", "\uE000", "a"))).containsExactly("a", "z", "\u00E9", "\uE000");
        assertThat(Utf8Strings.sorted(List.of("\uFFFD", "\uD83D\uDE00", "a"))).containsExactly("a", "\uFFFD",
                "\uD83D\uDE00");
    }
}
