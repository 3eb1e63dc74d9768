package io.ovsguard.ovsdb.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonParserTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":7,\"result\":[{\"uuid\":[\"uuid\",\"0e6f3ea9-1ad6-4d5e-8a9b-5c1f5b7a1d10\"]}],\"error\":null}",
        " [1, -0, 0.5, -12.25e+3, 1E-2, 123456789012345678901234567890] ",
        "{\"a\":{\"b\":[true,false,null,{}]},\"c\":[]}",
        "\"tab\\there \\\"quoted\\\" \\\\ \\/ \\b\\f\\n\\r \\u00e9\\u4e2d\\ud83d\\ude00\"",
        "\"caf\u00e9 \u4e2d\"",
        "{\"k\":1,\"k\":2}",
        "42",
        "\t\r\n null \n",
    })
    void buildsTheSameTreeAsGson(String text) {
        JsonElement expected = JsonParser.parseString(text);

        JsonElement parsed = StrictJsonParser.parse(text);

        assertThat(parsed).isEqualTo(expected);
        assertThat(parsed.toString()).isEqualTo(expected.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "  ", "{", "[1,]", "[1 2]", "{\"a\" 1}", "{\"a\":1,}", "{a:1}", "{'a':1}", "01", "1.", ".5", "-", "1e",
        "+1", "NaN", "Infinity", "tru", "truex", "nul", "\"open", "\"bad \\x escape\"", "\"\\u12\"",
        "\"raw\ttab\"", "1 2", "{} x", "// comment\n1", "[1]]",
    })
    void rejectsWhatRfc8259Rejects(String text) {
        assertThatThrownBy(() -> StrictJsonParser.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at offset");
    }

    @Test
    void rejectsNestingDeeperThanGsonsDefaultLimit() {
        String ok = "[".repeat(255) + "]".repeat(255);
        String deep = "[".repeat(256) + "]".repeat(256);

        assertThat(StrictJsonParser.parse(ok).isJsonArray()).isTrue();
        assertThatThrownBy(() -> StrictJsonParser.parse(deep)).hasMessageContaining("nesting deeper than 255");
    }

    @Test
    void keepsTheLastValueOfARepeatedMemberName() {
        JsonElement parsed = StrictJsonParser.parse("{\"k\":1,\"k\":\"two\"}");

        assertThat(parsed.getAsJsonObject().get("k").getAsString()).isEqualTo("two");
    }

    @Test
    void defersTheNamedTopLevelMemberAsItsTextSpan() {
        String text = "{\"id\":7, \"result\": [1, {\"result\":2}] ,\"error\":null}";

        StrictJsonParser.Deferred parsed = StrictJsonParser.parseDeferring(text, "result");

        assertThat(parsed.hasMember()).isTrue();
        assertThat(text.substring(parsed.start(), parsed.end())).isEqualTo("[1, {\"result\":2}]");
        assertThat(parsed.tree().toString()).isEqualTo("{\"id\":7,\"error\":null}");
    }

    @Test
    void buildsTheNamedMemberInTheTreeWhenItIsAnObject() {
        String text = "{\"id\":0,\"result\":{\"name\":\"db\",\"tables\":{}},\"error\":null}";

        StrictJsonParser.Deferred parsed = StrictJsonParser.parseDeferring(text, "result");

        assertThat(parsed.hasMember()).isFalse();
        assertThat(parsed.tree().toString())
                .isEqualTo("{\"id\":0,\"result\":{\"name\":\"db\",\"tables\":{}},\"error\":null}");
    }

    @Test
    void keepsTheLastOfARepeatedNamedMemberWhicheverWayItWasRead() {
        StrictJsonParser.Deferred objectLast = StrictJsonParser.parseDeferring("{\"result\":[1],\"result\":{\"a\":2}}",
                "result");
        assertThat(objectLast.hasMember()).isFalse();
        assertThat(objectLast.tree().toString()).isEqualTo("{\"result\":{\"a\":2}}");

        String arrayLastText = "{\"result\":{\"a\":2},\"result\":[1]}";
        StrictJsonParser.Deferred arrayLast = StrictJsonParser.parseDeferring(arrayLastText, "result");
        assertThat(arrayLast.hasMember()).isTrue();
        assertThat(arrayLastText.substring(arrayLast.start(), arrayLast.end())).isEqualTo("[1]");
        assertThat(arrayLast.tree().toString()).isEqualTo("{}");
    }

    @Test
    void reportsNoDeferredMemberWhenItIsAbsent() {
        StrictJsonParser.Deferred parsed = StrictJsonParser.parseDeferring("{\"id\":1,\"error\":\"x\"}", "result");

        assertThat(parsed.hasMember()).isFalse();
        assertThat(parsed.tree().toString()).isEqualTo("{\"id\":1,\"error\":\"x\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"result\":[tru]}", "{\"result\":[1,]}", "{\"result\":\"\\x\"}", "{\"result\":01}",
        "{\"result\":{\"a\" 1}}", "{\"result\":\"raw\ttab\"}"})
    void checksTheDeferredMemberAsStrictlyAsTheRest(String text) {
        assertThatThrownBy(() -> StrictJsonParser.parseDeferring(text, "result"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsTheSpansOfAnArraysElements() {
        String text = "x[ {\"a\":[1,2]} , \"s,]\" ,null,[[]] ]";

        int[] spans = StrictJsonParser.arrayElements(text, 1, text.length());

        assertThat(spans).hasSize(8);
        assertThat(text.substring(spans[0], spans[1])).isEqualTo("{\"a\":[1,2]}");
        assertThat(text.substring(spans[2], spans[3])).isEqualTo("\"s,]\"");
        assertThat(text.substring(spans[4], spans[5])).isEqualTo("null");
        assertThat(text.substring(spans[6], spans[7])).isEqualTo("[[]]");
        assertThat(StrictJsonParser.arrayElements("[ ]", 0, 3)).isEmpty();
        assertThat(StrictJsonParser.arrayElements("{}", 0, 2)).isEmpty();
    }
}
