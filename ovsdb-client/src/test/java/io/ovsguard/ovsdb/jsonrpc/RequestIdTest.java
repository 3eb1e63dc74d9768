package io.ovsguard.ovsdb.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void idsWithTheSameTextAreEqualAndFindEachOtherInAMap() {
        Map<RequestId, String> pending = new HashMap<>();
        pending.put(RequestId.of(42), "transact");

        assertThat(new RequestId("42")).isEqualTo(RequestId.of(42)).hasSameHashCodeAs(RequestId.of(42));
        assertThat(pending.get(new RequestId("42"))).isEqualTo("transact");
        assertThat(pending.get(new RequestId("\"42\""))).isNull();
    }

    @Test
    void idsWithDifferentTextsOrOtherObjectsAreNotEqual() {
        assertThat(RequestId.of(1)).isNotEqualTo(RequestId.of(10)).isNotEqualTo("1").isNotEqualTo(null);
        assertThat(new RequestId("[1]")).isNotEqualTo(new RequestId("[ 1]"));
    }

    @Test
    void keepsItsTextAndRefusesAnEmptyOne() {
        assertThat(new RequestId("\"echo\"").json()).isEqualTo("\"echo\"");
        assertThat(new RequestId("\"echo\"")).hasToString("\"echo\"");
        assertThatThrownBy(() -> new RequestId("")).isInstanceOf(IllegalArgumentException.class);
    }
}
