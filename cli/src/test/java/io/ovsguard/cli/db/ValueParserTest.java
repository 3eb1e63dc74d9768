package io.ovsguard.cli.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.cli.exec.SymbolTable;
import io.ovsguard.cli.exec.TestSchema;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueParserTest {

    private final SymbolTable symbols = new SymbolTable();
    private final ValueParser parser = new ValueParser(symbols);
    private final TableSchema bridge = TestSchema.vswitch().table("Bridge");

    private ColumnType type(String column) {
        return bridge.column(column).type();
    }

    @Test
    void setsMayOmitBracketsAndSeparateWithCommasOrSpaces() {
        assertThat(parser.datum(type("flood_vlans"), "3,1 2")).isEqualTo(
                OvsdbSet.of(Atom.integer(1), Atom.integer(2), Atom.integer(3)));
        assertThat(parser.datum(type("flood_vlans"), "[ 3, 1 ]")).isEqualTo(
                OvsdbSet.of(Atom.integer(1), Atom.integer(3)));
        assertThat(parser.datum(type("flood_vlans"), "[]")).isEqualTo(OvsdbSet.empty());
    }

    @Test
    void integerRangesExpand() {
        assertThat(parser.datum(type("flood_vlans"), "1-3")).isEqualTo(
                OvsdbSet.of(Atom.integer(1), Atom.integer(2), Atom.integer(3)));
        assertThatThrownBy(() -> parser.datum(type("flood_vlans"), "3-1"))
                .hasMessage("\"3-1\" is not a valid range. Range end cannot be before start.");
    }

    @Test
    void mapsTakeKeyValuePairsAndQuotedStrings() {
        assertThat(parser.datum(type("other_config"), "{a=1, \"b c\"=\"d=e\"}"))
                .isEqualTo(OvsdbMap.ofStrings(Map.of("a", "1", "b c", "d=e")));
        assertThatThrownBy(() -> parser.datum(type("other_config"), "{a}"))
                .hasMessage("a}: syntax error at \"}\" expecting \"=\"");
        assertThatThrownBy(() -> parser.datum(type("other_config"), "a"))
                .hasMessage("a: syntax error at \"");
        assertThatThrownBy(() -> parser.datum(type("other_config"), "{a=1,a=2}"))
                .hasMessage("{a=1,a=2}: map contains duplicate key");
    }

    @Test
    void emptyValuesNeedBrackets() {
        assertThatThrownBy(() -> parser.datum(type("flood_vlans"), "")).hasMessage(
                "use \"[]\" to specify the empty set");
        assertThatThrownBy(() -> parser.datum(type("other_config"), " ")).hasMessage(
                "use \"{}\" to specify the empty map");
        assertThat(parser.datum(type("name"), "\"\"")).isEqualTo(OvsdbSet.ofStrings(""));
    }

    @Test
    void constraintsAreCheckedWithTheServersWording() {
        assertThatThrownBy(() -> parser.datum(type("flood_vlans"), "5000")).hasMessage(
                "constraint violation: 5000 is not in the valid range 0 to 4095 (inclusive)");
        assertThatThrownBy(() -> parser.datum(type("fail_mode"), "bogus")).hasMessage(
                "constraint violation: bogus is not one of the allowed values ([secure, standalone])");
    }

    @Test
    void atomsOfEachTypeHaveTheirOwnErrors() {
        assertThatThrownBy(() -> parser.atom(BaseType.of(AtomType.INTEGER), "x"))
                .hasMessage("\"x\" is not a valid integer or range");
        assertThatThrownBy(() -> parser.atom(BaseType.of(AtomType.REAL), "x"))
                .hasMessage("\"x\" is not a valid real number");
        assertThatThrownBy(() -> parser.atom(BaseType.of(AtomType.BOOLEAN), "x"))
                .hasMessage("\"x\" is not a valid boolean (use \"true\" or \"false\")");
        assertThatThrownBy(() -> parser.atom(BaseType.of(AtomType.UUID), "x")).hasMessage("\"x\" is not a valid UUID");
        assertThat(parser.atom(BaseType.of(AtomType.BOOLEAN), "on")).isEqualTo(Atom.bool(true));
        assertThat(parser.atom(BaseType.of(AtomType.STRING), "\"\\u00e9\\n\"")).isEqualTo(Atom.string("é\n"));
        assertThatThrownBy(() -> parser.atom(BaseType.of(AtomType.STRING), "\"a\\q\"")).hasMessage(
                "\"a\\q\": bad escape \\q");
    }

    @Test
    void symbolsStandForOneUuidAndRecordTheKindOfReference() {
        OvsdbSet first = (OvsdbSet) parser.datum(type("ports"), "@p");
        OvsdbSet again = (OvsdbSet) parser.datum(type("ports"), "@p");
        assertThat(first).isEqualTo(again);
        assertThat(symbols.find("@p").orElseThrow().strongReference()).isTrue();
        assertThat(symbols.find("@p").orElseThrow().created()).isFalse();
    }

    @Test
    void tokensHonourBackslashesAndQuotes() {
        assertThat(Tokens.parse("a\\,b,c", 0)).isEqualTo(new Tokens.Token("a,b", 4));
        assertThat(Tokens.parse("\"x,y\"=z", 0)).isEqualTo(new Tokens.Token("\"x,y\"", 5));
        assertThatThrownBy(() -> Tokens.parse("\"open", 0))
                .hasMessage("\"open: quoted string extends past end of argument");
    }
}
