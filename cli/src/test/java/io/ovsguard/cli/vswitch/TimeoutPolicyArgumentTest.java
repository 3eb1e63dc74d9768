package io.ovsguard.cli.vswitch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeoutPolicyArgumentTest {

    @Test
    void readsKeyEqualsValue() {
        assertThat(TimeoutPolicyArgument.parse("icmp_first=30"))
                .contains(new TimeoutPolicyArgument("icmp_first", 30));
    }

    @Test
    void readsColonAndParenthesisedValues() {
        assertThat(TimeoutPolicyArgument.parse("udp_first:7")).contains(new TimeoutPolicyArgument("udp_first", 7));
        assertThat(TimeoutPolicyArgument.parse("udp_first(9)")).contains(new TimeoutPolicyArgument("udp_first", 9));
    }

    @Test
    void readsOnlyTheFirstPairOfAList() {
        assertThat(TimeoutPolicyArgument.parse(" ,icmp_first=3,icmp_reply=4"))
                .contains(new TimeoutPolicyArgument("icmp_first", 3));
    }

    @Test
    void bareKeyOrEmptyValueCountsAsZero() {
        assertThat(TimeoutPolicyArgument.parse("tcp_close")).contains(new TimeoutPolicyArgument("tcp_close", 0));
        assertThat(TimeoutPolicyArgument.parse("tcp_close= 5")).contains(new TimeoutPolicyArgument("tcp_close", 0));
        assertThat(TimeoutPolicyArgument.parse("tcp_close=x")).contains(new TimeoutPolicyArgument("tcp_close", 0));
    }

    @Test
    void valueIsTheCAtoiOfItsText() {
        assertThat(TimeoutPolicyArgument.parse("tcp_close=12s")).contains(new TimeoutPolicyArgument("tcp_close", 12));
        assertThat(TimeoutPolicyArgument.parse("tcp_close=4294967295"))
                .contains(new TimeoutPolicyArgument("tcp_close", -1));
    }

    @Test
    void argumentOfDelimitersOnlyHasNoPair() {
        assertThat(TimeoutPolicyArgument.parse("")).isEmpty();
        assertThat(TimeoutPolicyArgument.parse(" , ")).isEmpty();
    }
}
