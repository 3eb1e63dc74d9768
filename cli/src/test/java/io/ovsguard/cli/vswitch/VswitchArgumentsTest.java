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
        assertThat(CNumber.atoi("99999999999")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void namesSortByUtf8BytesLikeStrcmp() {
        assertThat(Utf8Strings.sorted(List.of("b", "B", "é", "a", "\uD83D\uDE00", "\uFFFD")))
                .containsExactly("B", "a", "b", "é", "\uFFFD", "\uD83D\uDE00");
        assertThat(Utf8Strings.lines(List.of("p2", "p10"))).isEqualTo("p10\np2\n");
    }

    @Test
    void quotesWordsAShellWouldSplitOrInterpret() {
        assertThat(CommandText.quote("--may-exist")).isEqualTo("--may-exist");
        assertThat(CommandText.quote("two words")).isEqualTo("\"two words\"");
        assertThat(CommandText.quote("a\"b")).isEqualTo("\"a\\\"b\"");
        assertThat(CommandText.quote("")).isEqualTo("\"\"");
    }
}
