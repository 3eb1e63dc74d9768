package io.ovsguard.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatumTextTest {

    private static final BaseType STRING = BaseType.of(AtomType.STRING);
    private static final ColumnType SCALAR = ColumnType.scalar(STRING);
    private static final ColumnType OPTIONAL = ColumnType.optional(STRING);
    private static final ColumnType SET = ColumnType.set(BaseType.of(AtomType.INTEGER), 0, ColumnType.UNLIMITED);
    private static final ColumnType MAP = ColumnType.map(STRING, STRING, 0, ColumnType.UNLIMITED);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "br0|br0", "a-b.c_d|a-b.c_d", "_x|_x", "''|\"\"", "0abc|\"0abc\"", "a b|\"a b\"", "a/b|\"a/b\"",
        "true|\"true\"", "false|\"false\"", "yes|yes",
        "01234567-89ab-cdef-0123-456789abcdef|\"01234567-89ab-cdef-0123-456789abcdef\"", "é|\"é\"",
        "abcdef01-89ab-cdef-0123-456789abcdef|\"abcdef01-89ab-cdef-0123-456789abcdef\"",
        "ABCDEF01-89AB-CDEF-0123-456789ABCDEF|\"ABCDEF01-89AB-CDEF-0123-456789ABCDEF\"",
        "abcdefg1-89ab-cdef-0123-456789abcdef|abcdefg1-89ab-cdef-0123-456789abcdef",
        "abcdef01-89ab-cdef-0123-456789abcdef0|abcdef01-89ab-cdef-0123-456789abcdef0",
        "a-|a-", "-a|\"-a\"", ".a|\".a\"", "Z9.z-_|Z9.z-_", "aé|\"aé\"", "a:b|\"a:b\"", "True|True"})
    void stringsAreQuotedWhenTheyWouldNotReadBackAsThemselves(String value, String printed) {
        assertThat(DatumText.toText(OvsdbSet.ofStrings(value), SCALAR)).isEqualTo(printed);
    }

    @Test
    void quotedStringsEscapeAsJson() {
        assertThat(DatumText.toText(OvsdbSet.ofStrings("a\"b\\c\nd\u0001"), SCALAR))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    }

    @Test
    void scalarsHaveNoBracketsButEmptyOptionalsDo() {
        assertThat(DatumText.toText(OvsdbSet.ofStrings("x"), OPTIONAL)).isEqualTo("x");
        assertThat(DatumText.toText(OvsdbSet.empty(), OPTIONAL)).isEqualTo("[]");
    }

    @Test
    void setsAndMapsAreBracketedAndCommaSeparatedInOrder() {
        assertThat(DatumText.toText(OvsdbSet.of(Atom.integer(3), Atom.integer(1)), SET)).isEqualTo("[1, 3]");
        assertThat(DatumText.toText(OvsdbMap.ofStrings(Map.of("b", "2", "a", "x y")), MAP))
                .isEqualTo("{a=\"x y\", b=\"2\"}");
        assertThat(DatumText.toText(OvsdbMap.empty(), MAP)).isEqualTo("{}");
    }

    @Test
    void bareFormDropsPunctuationAndQuotes() {
        assertThat(DatumText.toBare(OvsdbMap.ofStrings(Map.of("b", "2", "a", "x y")))).isEqualTo("a=x y b=2");
        assertThat(DatumText.toBare(OvsdbSet.empty())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1.5,1.5", "100,100", "0.1,0.1", "1e20,1e+20", "0.00001,1e-05", "123456789012345678,1.23456789012346e+17",
        "-2.5,-2.5", "0,0"})
    void realsPrintLikeCsPercentDot15g(double value, String printed) {
        assertThat(DatumText.formatReal(value)).isEqualTo(printed);
    }
}
