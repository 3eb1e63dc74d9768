package io.ovsguard.cli.format;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.BooleanAtom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.NamedUuidAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.RealAtom;
import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import io.ovsguard.ovsdb.schema.ColumnType;
import java.math.BigDecimal;

/**
 * Datums as ovs-vsctl prints them: the "string" form that its value parser reads back ({@code [a, b]},
 * {@code {k=v}}, strings quoted when they could be mistaken for something else), and the "bare" form without
 * punctuation for scripts.
 */
public final class DatumText {


    private DatumText() {
    }

    /** The string form of {@code datum}, a value of {@code type}. */
    public static String toText(Datum datum, ColumnType type) {
        return appendText(datum, type, new StringBuilder()).toString();
    }

    /** Appends the string form of {@code datum} to {@code out}, for output of many values (show's). */
    public static StringBuilder appendText(Datum datum, ColumnType type, StringBuilder out) {
        boolean map = type.isMap();
        boolean brackets = type.max() > 1 || datum.isEmpty();
        if (brackets) {
            out.append(map ? '{' : '[');
        }
        appendElements(datum, ", ", false, out);
        if (brackets) {
            out.append(map ? '}' : ']');
        }
        return out;
    }

    /** The bare form: elements separated by spaces, strings unquoted, no brackets. */
    public static String toBare(Datum datum) {
        StringBuilder out = new StringBuilder();
        appendElements(datum, " ", true, out);
        return out.toString();
    }

    /** One atom in string form. */
    public static String atomText(Atom atom) {
        StringBuilder out = new StringBuilder();
        appendAtom(atom, false, out);
        return out.toString();
    }

    /** One atom in bare form. */
    public static String atomBare(Atom atom) {
        StringBuilder out = new StringBuilder();
        appendAtom(atom, true, out);
        return out.toString();
    }

    private static void appendElements(Datum datum, String separator, boolean bare, StringBuilder out) {
        if (datum instanceof OvsdbMap map) {
            int i = 0;
            for (OvsdbMap.Entry e : map.entries()) {
                if (i++ > 0) {
                    out.append(separator);
                }
                appendAtom(e.key(), bare, out);
                out.append('=');
                appendAtom(e.value(), bare, out);
            }
            return;
        }
        int i = 0;
        for (Atom atom : ((OvsdbSet) datum).atoms()) {
            if (i++ > 0) {
                out.append(separator);
            }
            appendAtom(atom, bare, out);
        }
    }

    private static void appendAtom(Atom atom, boolean bare, StringBuilder out) {
        if (atom instanceof StringAtom s) {
            out.append(bare || !needsQuotes(s.value()) ? s.value() : OvsJson.quote(s.value()));
        } else if (atom instanceof IntegerAtom i) {
            out.append(i.value());
        } else if (atom instanceof RealAtom r) {
            out.append(formatReal(r.value()));
        } else if (atom instanceof BooleanAtom b) {
            out.append(b.value());
        } else if (atom instanceof UuidAtom u) {
            out.append(u.value());
        } else {
            out.append(((NamedUuidAtom) atom).value());
        }
    }

    /**
     * Whether a string must be quoted to read back as the same string: unless it is an identifier
     * ({@code [A-Za-z_][A-Za-z0-9_.-]*}) that reads as neither a boolean nor a uuid. Checked by hand: a listing of
     * ten thousand names asks for each.
     */
    static boolean needsQuotes(String s) {
        if (s.isEmpty() || !isIdentifierStart(s.charAt(0))) {
            return true;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isIdentifierStart(c) && !(c >= '0' && c <= '9') && c != '.' && c != '-') {
                return true;
            }
        }
        return s.equals("true") || s.equals("false") || s.length() == 36 && Uuid.isUuid(s);
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
    }

    /** C's {@code %.15g}: 15 significant digits, trailing zeros dropped, exponent form outside 1e-4..1e15. */
    public static String formatReal(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new java.math.MathContext(15));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 15) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            String m = mantissa.toPlainString();
            String sign = exponent < 0 ? "-" : "+";
            int abs = Math.abs(exponent);
            return m + "e" + sign + (abs < 10 ? "0" + abs : Integer.toString(abs));
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
