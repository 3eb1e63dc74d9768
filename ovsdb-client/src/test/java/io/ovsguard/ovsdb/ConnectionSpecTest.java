package io.ovsguard.ovsdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.error.ConnectionSpecException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectionSpecTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "unix:/var/run/openvswitch/db.sock | unix:/var/run/openvswitch/db.sock",
        "unix:db.sock                      | unix:db.sock",
        "tcp:127.0.0.1:6641                | tcp:127.0.0.1:6641",
        "tcp:127.0.0.1                     | tcp:127.0.0.1:6640",
        "tcp:[::1]:6640                    | tcp:[::1]:6640",
        "tcp:[::1]                         | tcp:[::1]:6640",
        "tcp:[fe80::1234%eth0]:6653        | tcp:[fe80::1234%eth0]:6653",
        "tcp:ovsdb.example.com:6640        | tcp:ovsdb.example.com:6640",
        "ssl:192.168.0.10:6640             | ssl:192.168.0.10:6640",
        "ssl:[2001:db8::2]                 | ssl:[2001:db8::2]:6640",
        "punix:/tmp/x/db.sock              | punix:/tmp/x/db.sock",
        "ptcp:6640                         | ptcp:6640",
        "ptcp:0:127.0.0.1                  | ptcp:0:127.0.0.1",
        "ptcp:                             | ptcp:6640",
        "ptcp::127.0.0.1                   | ptcp:6640:127.0.0.1",
        "pssl:6640:[::]                    | pssl:6640:[::]",
        "pssl:                             | pssl:6640",
        "pssl:16640:10.0.0.1               | pssl:16640:10.0.0.1",
    })
    void parsesAndPrintsCanonicalForm(String text, String canonical) {
        ConnectionSpec spec = ConnectionSpec.parse(text);

        assertThat(spec).hasToString(canonical);
        assertThat(ConnectionSpec.parse(canonical)).isEqualTo(spec);
    }

    @Test
    void parsesIntoTheMatchingRecord() {
        assertThat(ConnectionSpec.parse("unix:/a/b")).isEqualTo(new ConnectionSpec.Unix(Path.of("/a/b")));
        assertThat(ConnectionSpec.parse("tcp:[::1]:7")).isEqualTo(new ConnectionSpec.Tcp("::1", 7));
        assertThat(ConnectionSpec.parse("ssl:h:1")).isEqualTo(new ConnectionSpec.Ssl("h", 1));
        assertThat(ConnectionSpec.parse("punix:/s")).isEqualTo(new ConnectionSpec.PassiveUnix(Path.of("/s")));
        assertThat(ConnectionSpec.parse("ptcp:0:127.0.0.1"))
                .isEqualTo(new ConnectionSpec.PassiveTcp(0, Optional.of("127.0.0.1")));
        assertThat(ConnectionSpec.parse("pssl:6640")).isEqualTo(new ConnectionSpec.PassiveSsl(6640, Optional.empty()));
    }

    @Test
    void tellsActiveFromPassiveAndTlsFromPlain() {
        assertThat(ConnectionSpec.parse("ssl:1.2.3.4")).isInstanceOf(ConnectionSpec.Active.class)
                .matches(ConnectionSpec::isTls);
        assertThat(ConnectionSpec.parse("ptcp:1")).isInstanceOf(ConnectionSpec.Passive.class)
                .matches(spec -> !spec.isTls());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``                       | empty connection method",
        "/var/run/db.sock         | missing ':'",
        "http:1.2.3.4:80          | unknown method \"http\"",
        "TCP:1.2.3.4              | unknown method \"TCP\"",
        "unix:                    | missing socket path",
        "tcp:                     | missing host",
        "tcp::6640                | missing host",
        "tcp:1.2.3.4:             | port \"\" is not a number",
        "tcp:1.2.3.4:http         | port \"http\" is not a number",
        "tcp:1.2.3.4:0            | port 0 is not in 1..65535",
        "tcp:1.2.3.4:65536        | port 65536 is not in 1..65535",
        "tcp:1.2.3.4:-1           | port \"-1\" is not a number",
        "tcp:::1                  | IPv6 address must be in brackets",
        "tcp:::1:6640             | IPv6 address must be in brackets",
        "tcp:[::1                 | missing ']'",
        "tcp:[::1]6640            | expected ':PORT' after ']'",
        "tcp:[zz::1]:6640         | not a valid IPv6 address",
        "tcp:[1.2.3.4]:6640       | is not a valid IPv6 address",
        "tcp:256.1.1.1            | not a valid IPv4 address",
        "tcp:1.2.3                | not a valid IPv4 address",
        "tcp:bad_host!:6640       | neither an IP address nor a valid host name",
        "ssl:-leading.dash:6640   | neither an IP address nor a valid host name",
        "ptcp:70000               | port 70000 is not in 0..65535",
        "ptcp:6640:::1            | IPv6 address must be in brackets",
        "ptcp:6640:[::1           | missing ']'",
        "ptcp:x:127.0.0.1         | port \"x\" is not a number",
        "pssl:6640:               | missing host",
        "cid:3c2f4a7e-0000-0000-0000-000000000000 | cluster ids (cid:) are not supported",
    })
    void rejectsMalformedMethodsWithAOneLineMessage(String text, String expected) {
        assertThatThrownBy(() -> ConnectionSpec.parse(text))
                .isInstanceOf(ConnectionSpecException.class)
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void namesTheWholeMethodInTheError() {
        assertThatThrownBy(() -> ConnectionSpec.parse("tcp:1.2.3.4:99999"))
                .hasMessage("invalid connection method \"tcp:1.2.3.4:99999\": port 99999 is not in 1..65535");
    }

    @Test
    void parsesACommaSeparatedListWithOptionalSpaces() {
        assertThat(ConnectionSpec.parseList("tcp:10.0.0.1:6641, tcp:10.0.0.2:6641,unix:/x"))
                .containsExactly(
                        new ConnectionSpec.Tcp("10.0.0.1", 6641),
                        new ConnectionSpec.Tcp("10.0.0.2", 6641),
                        new ConnectionSpec.Unix(Path.of("/x")));
    }

    @Test
    void parsesAListOfOne() {
        assertThat(ConnectionSpec.parseList("ssl:[::1]")).containsExactly(new ConnectionSpec.Ssl("::1", 6640));
    }

    @Test
    void rejectsEmptyEntriesInAList() {
        assertThatThrownBy(() -> ConnectionSpec.parseList("tcp:1.2.3.4,,tcp:1.2.3.5"))
                .isInstanceOf(ConnectionSpecException.class)
                .hasMessageContaining("empty entry");
        assertThatThrownBy(() -> ConnectionSpec.parseList(" "))
                .isInstanceOf(ConnectionSpecException.class);
    }

    @Test
    void reportsTheBadEntryOfAList() {
        assertThatThrownBy(() -> ConnectionSpec.parseList("tcp:1.2.3.4, tcp:1.2.3.4:x"))
                .hasMessageContaining("\"tcp:1.2.3.4:x\"");
    }

    @Test
    void parseActiveRefusesPassiveMethods() {
        assertThat(ConnectionSpec.parseActive("unix:/x")).isEqualTo(new ConnectionSpec.Unix(Path.of("/x")));
        assertThatThrownBy(() -> ConnectionSpec.parseActive("ptcp:6640"))
                .isInstanceOf(ConnectionSpecException.class)
                .hasMessageContaining("passive");
    }

    @Test
    void recordsRejectInvalidValuesDirectly() {
        assertThatThrownBy(() -> new ConnectionSpec.Tcp("1.2.3.4", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConnectionSpec.PassiveTcp(1, Optional.of("not valid!")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
