package io.ovsguard.ovsdb.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnType;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NotationCodecTest {

    private static final BaseType INTEGER = BaseType.of(AtomType.INTEGER);
    private static final BaseType REAL = BaseType.of(AtomType.REAL);
    private static final BaseType STRING = BaseType.of(AtomType.STRING);
    private static final BaseType UUID = BaseType.of(AtomType.UUID);
    private static final Uuid U1 = Uuid.parse("36bd9ff4-6d4c-4c3b-a5c5-0a9b1f1e0d6e");
    private static final Uuid U2 = Uuid.parse("f0000000-0000-0000-0000-000000000000");

    static Stream<Arguments> wireTable() {
        return Stream.of(
                Arguments.of("string atom", ColumnType.scalar(STRING), OvsdbSet.ofStrings("br0"), """
                        "br0\""""),
                Arguments.of("integer atom", ColumnType.scalar(INTEGER), OvsdbSet.of(Atom.integer(-42)), """
                        -42"""),
                Arguments.of("real atom keeps its fraction", ColumnType.scalar(REAL), OvsdbSet.of(Atom.real(2.5)), """
                        2.5"""),
                Arguments.of("whole real is still written as a real", ColumnType.scalar(REAL),
                        OvsdbSet.of(Atom.real(3)), """
                        3.0"""),
                Arguments.of("boolean atom", ColumnType.scalar(BaseType.of(AtomType.BOOLEAN)),
                        OvsdbSet.of(Atom.bool(true)), """
                        true"""),
                Arguments.of("uuid atom", ColumnType.scalar(UUID), OvsdbSet.of(Atom.uuid(U1)), """
                        ["uuid","36bd9ff4-6d4c-4c3b-a5c5-0a9b1f1e0d6e"]"""),
                Arguments.of("named-uuid atom", ColumnType.scalar(UUID), OvsdbSet.of(Atom.named(NamedUuid.of("br0"))), """
                        ["named-uuid","br0"]"""),
                Arguments.of("set of one is the bare atom", ColumnType.set(INTEGER, 0, ColumnType.UNLIMITED),
                        OvsdbSet.of(Atom.integer(7)), """
                        7"""),
                Arguments.of("empty set", ColumnType.optional(STRING), OvsdbSet.empty(), """
                        ["set",[]]"""),
                Arguments.of("set in canonical order", ColumnType.set(UUID, 0, ColumnType.UNLIMITED),
                        OvsdbSet.of(Atom.uuid(U2), Atom.uuid(U1)), """
                        ["set",[["uuid","36bd9ff4-6d4c-4c3b-a5c5-0a9b1f1e0d6e"],["uuid","f0000000-0000-0000-0000-000000000000"]]]"""),
                Arguments.of("map", ColumnType.map(STRING, STRING, 0, ColumnType.UNLIMITED),
                        OvsdbMap.ofStrings(Map.of("b", "2", "a", "1")), """
                        ["map",[["a","1"],["b","2"]]]"""),
                Arguments.of("map of one stays a map", ColumnType.map(INTEGER, UUID, 0, ColumnType.UNLIMITED),
                        OvsdbMap.of(Atom.integer(1), Atom.uuid(U1)), """
                        ["map",[[1,["uuid","36bd9ff4-6d4c-4c3b-a5c5-0a9b1f1e0d6e"]]]]"""),
                Arguments.of("empty map", ColumnType.map(STRING, STRING, 0, ColumnType.UNLIMITED), OvsdbMap.empty(), """
                        ["map",[]]"""),
                Arguments.of("non-ASCII string", ColumnType.scalar(STRING), OvsdbSet.ofStrings("h\u00e9\uD83D\uDE00\""), """
                        "h\u00e9\uD83D\uDE00\\\"\""""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wireTable")
    void encodesToTheWireForm(String name, ColumnType type, Datum datum, String json) {
        assertThat(NotationCodec.encode(datum).toString()).isEqualTo(json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wireTable")
    void decodesTheWireFormWithTheColumnType(String name, ColumnType type, Datum datum, String json) {
        assertThat(NotationCodec.decode(StrictJson.parse(json), type)).isEqualTo(datum);
    }

    @Test
    void sameTextIsAStringOrAUuidDependingOnTheColumnType() {
        String text = """
                ["uuid","36bd9ff4-6d4c-4c3b-a5c5-0a9b1f1e0d6e"]""";
        ColumnType strings = ColumnType.set(STRING, 0, ColumnType.UNLIMITED);

        assertThat(NotationCodec.decode(StrictJson.parse(text), ColumnType.scalar(UUID)))
                .isEqualTo(OvsdbSet.of(Atom.uuid(U1)));
        assertThatThrownBy(() -> NotationCodec.decode(StrictJson.parse(text), strings))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("expected a string");
        assertThat(NotationCodec.decode(StrictJson.parse("\"36bd9ff4-6d4c-4c3b-a5c5-0a9b1f1e0d6e\""), strings))
                .isEqualTo(OvsdbSet.ofStrings("36bd9ff4-6d4c-4c3b-a5c5-0a9b1f1e0d6e"));
    }

    @Test
    void namedUuidIsNeverGuessedFromAMalformedUuid() {
        assertThatThrownBy(() -> NotationCodec.decode(StrictJson.parse("[\"uuid\",\"row1\"]"), ColumnType.scalar(UUID)))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("not a uuid: \"row1\"");
    }

    @Test
    void integerColumnAcceptsWholeNumbersWrittenAsRealsLikeOvs() {
        ColumnType type = ColumnType.scalar(INTEGER);

        assertThat(NotationCodec.decode(StrictJson.parse("1.0"), type)).isEqualTo(OvsdbSet.of(Atom.integer(1)));
        assertThat(NotationCodec.decode(StrictJson.parse("1e3"), type)).isEqualTo(OvsdbSet.of(Atom.integer(1000)));
        assertThatThrownBy(() -> NotationCodec.decode(StrictJson.parse("1.5"), type))
                .isInstanceOf(ProtocolException.class).hasMessage("value: expected a 64-bit integer, got 1.5");
        assertThatThrownBy(() -> NotationCodec.decode(StrictJson.parse("9223372036854775808"), type))
                .isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> NotationCodec.decode(StrictJson.parse("1e999999999"), type))
                .isInstanceOf(ProtocolException.class);
    }

    @Test
    void realColumnAcceptsIntegersAndRejectsOverflow() {
        ColumnType type = ColumnType.scalar(REAL);

        assertThat(NotationCodec.decode(StrictJson.parse("3"), type)).isEqualTo(OvsdbSet.of(Atom.real(3.0)));
        assertThatThrownBy(() -> NotationCodec.decode(StrictJson.parse("1e400"), type))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("within double range");
    }

    @Test
    void mapColumnRequiresTheMapForm() {
        ColumnType type = ColumnType.map(STRING, STRING, 0, ColumnType.UNLIMITED);

        assertThatThrownBy(() -> NotationCodec.decode(StrictJson.parse("[\"set\",[]]"), type, "Bridge.other_config"))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("Bridge.other_config: expected [\"map\", [[key, value], ...]], got [\"set\",[]]");
    }

    @Test
    void duplicatesOnTheWireAreProtocolErrors() {
        assertThatThrownBy(() -> NotationCodec.decode(StrictJson.parse("[\"set\",[1,1]]"),
                ColumnType.set(INTEGER, 0, 5))).isInstanceOf(ProtocolException.class).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> NotationCodec.decode(StrictJson.parse("[\"map\",[[\"a\",\"1\"],[\"a\",\"2\"]]]"),
                ColumnType.map(STRING, STRING, 0, 5))).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("duplicate key");
    }

    @Test
    void constraintViolationsAreSchemaErrors() {
        ColumnType mtu = ColumnType.optional(INTEGER.withIntegerRange(1, 65535));

        assertThatThrownBy(() -> NotationCodec.decode(StrictJson.parse("0"), mtu, "Interface.mtu_request"))
                .isInstanceOf(SchemaException.class)
                .hasMessage("Interface.mtu_request: 0 is less than minimum allowed value 1");
        assertThatThrownBy(() -> NotationCodec.decode(StrictJson.parse("[\"set\",[1,2]]"), mtu))
                .isInstanceOf(SchemaException.class).hasMessageContaining("got 2");
    }

    @Test
    void stringsThatOvsCannotStoreAreProtocolErrors() {
        assertThatThrownBy(() -> NotationCodec.decode(StrictJson.parse("\"a\\u0000\""), ColumnType.scalar(STRING)))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("NUL");
        assertThatThrownBy(() -> NotationCodec.decode(StrictJson.parse("\"\\ud800\""), ColumnType.scalar(STRING)))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("surrogate");
    }

    @Test
    void malformedJsonTextIsAProtocolError() {
        assertThatThrownBy(() -> StrictJson.parse("[1,]")).isInstanceOf(ProtocolException.class)
                .hasMessageStartingWith("malformed JSON: syntax error at line 1");
        assertThatThrownBy(() -> StrictJson.parse("{a:1}")).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> StrictJson.parse("[1] [2]")).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> StrictJson.parse("NaN")).isInstanceOf(ProtocolException.class);
    }
}
