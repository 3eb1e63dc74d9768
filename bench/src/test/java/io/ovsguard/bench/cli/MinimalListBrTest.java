package io.ovsguard.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MinimalListBrTest {

    @Test
    void aTextEndsAtTheBracketClosingItsFirstOneOutsideStrings() {
        byte[] two = "{\"a\":\"}]\\\"{\",\"b\":[1,{}]}{\"id\":1}".getBytes(StandardCharsets.UTF_8);

        int end = MinimalListBr.endOfFirstText(two, two.length);

        assertThat(new String(two, 0, end, StandardCharsets.UTF_8)).isEqualTo("{\"a\":\"}]\\\"{\",\"b\":[1,{}]}");
    }

    @Test
    void anUnfinishedTextHasNoEndYet() {
        byte[] part = "{\"id\":1,\"result\":[{\"rows\":[{\"name\":\"br".getBytes(StandardCharsets.UTF_8);

        assertThat(MinimalListBr.endOfFirstText(part, part.length)).isEqualTo(-1);
        assertThat(MinimalListBr.endOfFirstText(new byte[] {'{', '}'}, 1)).isEqualTo(-1);
    }

    @Test
    void theNamesOfASelectReplyComeSortedWithTheirEscapesRead() {
        String reply = "{\"id\":1,\"result\":[{\"rows\":[{\"name\":\"br1\"},{\"name\":\"a\\\"b\"},"
                + "{\"name\":\"br0\"}]}],\"error\":null}";

        assertThat(MinimalListBr.names(reply)).containsExactly("a\"b", "br0", "br1");
    }
}
