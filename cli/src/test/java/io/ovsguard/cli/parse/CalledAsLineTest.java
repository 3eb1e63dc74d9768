package io.ovsguard.cli.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalledAsLineTest {

    @Test
    void plainWordsAreJoinedBySpaces() {
        assertThat(CalledAsLine.of("/usr/bin/ovs-vsctl", List.of("-vconsole:dbg", "list-br")))
                .isEqualTo("/usr/bin/ovs-vsctl -vconsole:dbg list-br");
    }

    @Test
    void wordsWithBlanksQuotesOrBackslashesAreDoubleQuotedWithEscapes() {
        assertThat(CalledAsLine.of("ovs-vsctl", List.of("a b", "c\"d", "e\\f", "g'h", "")))
                .isEqualTo("ovs-vsctl \"a b\" \"c\\\"d\" \"e\\\\f\" \"g'h\" ");
    }

    @Test
    void joinedWordsQuoteOnlyBlanksQuotesAndBackslashesNotShellCharactersOrTheEmptyWord() {
        assertThat(CalledAsLine.join(List.of("--may-exist", "add-port", "br0", "", "a[b]", "{}", "a;b", "\u00fc",
                "two words", "a\"b")))
                .isEqualTo("--may-exist add-port br0  a[b] {} a;b \u00fc \"two words\" \"a\\\"b\"");
    }
}
