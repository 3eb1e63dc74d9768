package io.ovsguard.cli.db;

import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.Symbol;
import io.ovsguard.cli.exec.SymbolTable;
import io.ovsguard.cli.format.DatumText;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.RealAtom;
import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads values the way ovs-vsctl's command arguments spell them: atoms ({@code 42}, {@code true}, {@code br0},
 * {@code "quoted"}, a uuid or an {@code @name}), sets ({@code [a, b]} or {@code a,b}) and maps
 * ({@code {k=v, k2=v2}}), with ovs-vsctl's error messages.
 */
public final class ValueParser {

    /** What a regular expression's {@code \s} matches, which ovs-vsctl's integer parsing skips before a number. */
    private static final String SPACES = " \t\n\u000b\f\r";
    private static final long MAX_RANGE = 4096;

    /** Compiled when a real is first parsed: most calls set strings and integers. */
    private static final class RealSyntax {
        static final Pattern REAL = Pattern.compile(
                "\\s*[+-]?(([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?|0[xX][0-9a-fA-F]+)");

        private RealSyntax() {
        }
    }

    private final SymbolTable symbols;

    public ValueParser(SymbolTable symbols) {
        this.symbols = symbols;
    }

    /** Parses one atom of type {@code base}, checking its constraints. */
    public Atom atom(BaseType base, String text) {
        Atom atom = rawAtom(base, text);
        checkConstraints(base, atom);
        return atom;
    }

    /** Parses a whole datum of {@code type} (a set or map may omit its brackets unless empty). */
    public Datum datum(ColumnType type, String s) {
        boolean map = type.isMap();
        int p = skipSpaces(s, 0);
        char endDelimiter = 0;
        if (p < s.length() && s.charAt(p) == (map ? '{' : '[')) {
            endDelimiter = map ? '}' : ']';
            p = skipSpaces(s, p + 1);
        } else if (p >= s.length()) {
            throw new CommandFailedException(map ? "use \"{}\" to specify the empty map"
                    : "use \"[]\" to specify the empty set");
        }
        List<Atom> keys = new ArrayList<>();
        List<Atom> values = new ArrayList<>();
        while (p < s.length() && s.charAt(p) != endDelimiter) {
            char c = s.charAt(p);
            if (Tokens.isDelimiter(c)) {
                throw new CommandFailedException(s + ": unexpected \"" + c + "\" parsing " + english(type));
            }
            int start = p;
            Tokens.Token keyToken = Tokens.parse(s, p);
            p = keyToken.end();
            List<Atom> keyAtoms = keyAtoms(type.key(), keyToken.text());
            if (map) {
                p = skipSpaces(s, p);
                if (p < s.length() && s.charAt(p) == '=') {
                    p = skipSpaces(s, p + 1);
                    Tokens.Token valueToken = Tokens.parse(s, p);
                    p = valueToken.end();
                    Atom value = atom(type.value().orElseThrow(), valueToken.text());
                    for (Atom key : keyAtoms) {
                        keys.add(key);
                        values.add(value);
                    }
                } else {
                    // at the end of the text OVS prints a NUL character here, which ends its message
                    throw new CommandFailedException(s.substring(start) + ": syntax error at \""
                            + (p < s.length() ? s.charAt(p) + "\" expecting \"=\"" : ""));
                }
            } else {
                keys.addAll(keyAtoms);
            }
            p = skipSpaces(s, p);
            if (p < s.length() && s.charAt(p) == ',') {
                p = skipSpaces(s, p + 1);
            }
        }
        if (endDelimiter == 0 ? p < s.length() : p >= s.length()) {
            throw new CommandFailedException(s + ": missing \"" + (endDelimiter == 0 ? "" : endDelimiter)
                    + "\" at end of data");
        }
        if (endDelimiter != 0) {
            p = skipSpaces(s, p + 1);
            if (p < s.length()) {
                throw new CommandFailedException(s + ": trailing garbage after \"" + endDelimiter + "\"");
            }
        }
        String unit = map ? "pair(s)" : "value(s)";
        if (keys.size() < type.min()) {
            throw new CommandFailedException(s + ": " + keys.size() + " " + unit
                    + " specified but the minimum number is " + type.min());
        }
        if (keys.size() > type.max()) {
            throw new CommandFailedException(s + ": " + keys.size() + " " + unit
                    + " specified but the maximum number is " + type.max());
        }
        return build(keys, values, map, s);
    }

    private static Datum build(List<Atom> keys, List<Atom> values, boolean map, String s) {
        try {
            if (map) {
                List<OvsdbMap.Entry> entries = new ArrayList<>();
                for (int i = 0; i < keys.size(); i++) {
                    entries.add(new OvsdbMap.Entry(keys.get(i), values.get(i)));
                }
                return new OvsdbMap(entries);
            }
            OvsdbSet set = new OvsdbSet(keys);
            if (set.size() != keys.size()) {
                throw new CommandFailedException(s + ": set contains duplicate value");
            }
            return set;
        } catch (IllegalArgumentException duplicate) {
            throw new CommandFailedException(s + ": map contains duplicate key");
        }
    }

    /** A key token may be an integer range {@code a-b}, standing for every integer in it. */
    private List<Atom> keyAtoms(BaseType base, String token) {
        if (base.type() == io.ovsguard.ovsdb.notation.AtomType.INTEGER) {
            int dash = rangeDash(token);
            if (dash >= 0) {
                String low = token.substring(0, dash);
                long start = parseLong(low, token);
                long end = parseLong(token.substring(dash + 1), token);
                if (end < start) {
                    throw new CommandFailedException("\"" + token
                            + "\" is not a valid range. Range end cannot be before start.");
                }
                Atom first = atom(base, low);
                checkConstraints(base, new IntegerAtom(end));
                if (end - start >= MAX_RANGE) {
                    throw new CommandFailedException("constraint violation: Range \"" + start + "-" + end
                            + "\" is too big. Maximum allowed size is " + MAX_RANGE + ".");
                }
                List<Atom> atoms = new ArrayList<>();
                atoms.add(first);
                for (long i = start + 1; i <= end; i++) {
                    atoms.add(atom(base, Long.toString(i)));
                }
                return atoms;
            }
        }
        return List.of(atom(base, token));
    }

    /**
     * The end of the integer that starts {@code token}: after blanks, a sign and at least one digit; -1 if none.
     * Scanned by hand, as the integer syntax below: a regular expression would be compiled on every call.
     */
    private static int integerEnd(String token) {
        int at = 0;
        while (at < token.length() && SPACES.indexOf(token.charAt(at)) >= 0) {
            at++;
        }
        if (at < token.length() && (token.charAt(at) == '+' || token.charAt(at) == '-')) {
            at++;
        }
        int digits = at;
        while (at < token.length() && token.charAt(at) >= '0' && token.charAt(at) <= '9') {
            at++;
        }
        return at > digits ? at : -1;
    }

    /** Blanks, an optional sign and decimal digits, nothing else. */
    static boolean isInteger(String token) {
        return integerEnd(token) == token.length();
    }

    /** Where the dash of a range {@code a-b} of two integers is in {@code token}, or -1 if it is no range. */
    static int rangeDash(String token) {
        int end = integerEnd(token);
        if (end < 0 || end >= token.length() || token.charAt(end) != '-') {
            return -1;
        }
        return isInteger(token.substring(end + 1)) ? end : -1;
    }

    private static long parseLong(String text, String token) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new CommandFailedException("\"" + token + "\" is not a valid integer or range");
        }
    }

    private Atom rawAtom(BaseType base, String s) {
        switch (base.type()) {
            case INTEGER:
                if (!isInteger(s)) {
                    throw new CommandFailedException("\"" + s + "\" is not a valid integer or range");
                }
                try {
                    return Atom.integer(Long.parseLong(s.strip()));
                } catch (NumberFormatException e) {
                    throw new CommandFailedException("\"" + s + "\" is not a valid integer or range");
                }
            case REAL:
                return parseReal(s);
            case BOOLEAN:
                if (s.equals("true") || s.equals("yes") || s.equals("on") || s.equals("1")) {
                    return Atom.bool(true);
                }
                if (s.equals("false") || s.equals("no") || s.equals("off") || s.equals("0")) {
                    return Atom.bool(false);
                }
                throw new CommandFailedException("\"" + s + "\" is not a valid boolean (use \"true\" or \"false\")");
            case STRING:
                return parseString(s);
            case UUID:
                if (s.startsWith("@")) {
                    Symbol symbol = symbols.get(s);
                    if (base.isStrongReference()) {
                        symbol.markStrongReference();
                    } else if (base.isWeakReference()) {
                        symbol.markWeakReference();
                    }
                    return Atom.uuid(symbol.uuid());
                }
                if (!Uuid.isUuid(s)) {
                    throw new CommandFailedException("\"" + s + "\" is not a valid UUID");
                }
                return Atom.uuid(Uuid.parse(s));
            default:
                throw new IllegalStateException("unknown atom type " + base.type());
        }
    }

    private static Atom parseReal(String s) {
        if (RealSyntax.REAL.matcher(s).matches()) {
            double value = s.strip().toLowerCase(java.util.Locale.ROOT).contains("x")
                    ? (double) Long.decode(s.strip()) : Double.parseDouble(s.strip());
            if (Double.isFinite(value)) {
                return new RealAtom(value == 0.0 ? 0.0 : value);
            }
        }
        throw new CommandFailedException("\"" + s + "\" is not a valid real number");
    }

    private static Atom parseString(String s) {
        if (s.isEmpty()) {
            throw new CommandFailedException(
                    "An empty string is not valid as input; use \"\" to represent the empty string");
        }
        if (s.charAt(0) != '"') {
            return new StringAtom(s);
        }
        if (s.length() < 2 || s.charAt(s.length() - 1) != '"') {
            throw new CommandFailedException(s + ": missing quote at end of quoted string");
        }
        return new StringAtom(JsonUnescape.unescape(s, s.substring(1, s.length() - 1)));
    }

    /** Checks enum, range and length constraints, with the server's "constraint violation" wording. */
    static void checkConstraints(BaseType base, Atom atom) {
        if (base.enumeration().isPresent() && !base.enumeration().get().contains(atom)) {
            OvsdbSet allowed = base.enumeration().get();
            throw new CommandFailedException("constraint violation: " + DatumText.atomText(atom)
                    + " is not one of the allowed values ("
                    + DatumText.toText(allowed, ColumnType.set(base.unconstrained(), 0, ColumnType.UNLIMITED)) + ")");
        }
        if (atom instanceof IntegerAtom i) {
            long v = i.value();
            if (v < base.minInteger() || v > base.maxInteger()) {
                throw new CommandFailedException("constraint violation: " + rangeText(Long.toString(v),
                        base.minInteger() != Long.MIN_VALUE, base.maxInteger() != Long.MAX_VALUE,
                        Long.toString(base.minInteger()), Long.toString(base.maxInteger())));
            }
        } else if (atom instanceof RealAtom r) {
            double v = r.value();
            if (v < base.minReal() || v > base.maxReal()) {
                throw new CommandFailedException("constraint violation: " + rangeText(DatumText.formatReal(v),
                        base.minReal() != -Double.MAX_VALUE, base.maxReal() != Double.MAX_VALUE,
                        DatumText.formatReal(base.minReal()), DatumText.formatReal(base.maxReal())));
            }
        } else if (atom instanceof StringAtom s) {
            int n = s.value().codePointCount(0, s.value().length());
            if (n < base.minLength()) {
                throw new CommandFailedException("constraint violation: \"" + s.value() + "\" length " + n
                        + " is less than minimum allowed length " + base.minLength());
            }
            if (n > base.maxLength()) {
                throw new CommandFailedException("constraint violation: \"" + s.value() + "\" length " + n
                        + " is greater than maximum allowed length " + base.maxLength());
            }
        }
    }

    private static String rangeText(String value, boolean hasMin, boolean hasMax, String min, String max) {
        if (hasMin && hasMax) {
            return value + " is not in the valid range " + min + " to " + max + " (inclusive)";
        }
        if (hasMin) {
            return value + " is less than minimum allowed value " + min;
        }
        return value + " is greater than maximum allowed value " + max;
    }

    /** ovs-vsctl's English name of a type, used in parse errors. */
    static String english(ColumnType type) {
        String key = type.key().type().token();
        if (type.isScalar()) {
            return key;
        }
        StringBuilder s = new StringBuilder(type.isMap() ? "map" : "set");
        if (type.max() == ColumnType.UNLIMITED) {
            s.append(type.min() > 0 ? " of " + type.min() + " or more" : " of");
        } else if (type.min() > 0) {
            s.append(" of ").append(type.min()).append(" to ").append(type.max());
        } else {
            s.append(" of up to ").append(type.max());
        }
        if (type.isMap()) {
            s.append(" (").append(key).append(", ").append(type.value().orElseThrow().type().token())
                    .append(") pairs");
        } else {
            s.append(' ').append(key).append('s');
        }
        return s.toString();
    }

    private static int skipSpaces(String s, int p) {
        while (p < s.length() && isSpace(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }
}
