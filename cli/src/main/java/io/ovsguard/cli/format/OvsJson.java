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
import io.ovsguard.ovsdb.notation.UuidAtom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON text written the way OVS's serializer writes it: compact, members in the order given (callers sort where
 * OVS sorts), only quotes, backslashes and control characters escaped, and with {@code --pretty} two spaces per
 * level and no line break before a closing bracket. Values are plain Java objects: {@code String}, {@code Long},
 * {@code Double}, {@code Boolean}, {@code List} and {@code Map} (a {@code TreeMap} for sorted members).
 */
public final class OvsJson {

    private static final int SPACES_PER_LEVEL = 2;

    private OvsJson() {
    }

    public static String write(Object value, boolean pretty) {
        StringBuilder out = new StringBuilder();
        write(value, pretty, 0, out);
        return out.toString();
    }

    /** The wire form of a datum: a set of one is its bare atom, a uuid is {@code ["uuid", "..."]}. */
    public static Object ofDatum(Datum datum) {
        if (datum instanceof OvsdbMap map) {
            List<Object> pairs = new ArrayList<>();
            map.entries().forEach(e -> pairs.add(List.of(ofAtom(e.key()), ofAtom(e.value()))));
            return List.of("map", pairs);
        }
        OvsdbSet set = (OvsdbSet) datum;
        if (set.size() == 1) {
            return ofAtom(set.atoms().get(0));
        }
        List<Object> atoms = new ArrayList<>();
        set.atoms().forEach(a -> atoms.add(ofAtom(a)));
        return List.of("set", atoms);
    }

    public static Object ofAtom(Atom atom) {
        if (atom instanceof StringAtom s) {
            return s.value();
        }
        if (atom instanceof IntegerAtom i) {
            return i.value();
        }
        if (atom instanceof RealAtom r) {
            return r.value();
        }
        if (atom instanceof BooleanAtom b) {
            return b.value();
        }
        if (atom instanceof UuidAtom u) {
            return List.of("uuid", u.value().toString());
        }
        return List.of("named-uuid", ((NamedUuidAtom) atom).value().name());
    }

    /** A JSON string literal. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        quote(text, out);
        return out.toString();
    }

    private static void write(Object value, boolean pretty, int depth, StringBuilder out) {
        if (value instanceof String s) {
            quote(s, out);
        } else if (value instanceof Long || value instanceof Integer) {
            out.append(value);
        } else if (value instanceof Double d) {
            out.append(DatumText.formatReal(d));
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value == null) {
            out.append("null");
        } else if (value instanceof List<?> list) {
            out.append('[');
            if (!list.isEmpty()) {
                indent(pretty, depth + 1, out);
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                        indent(pretty, depth + 1, out);
                    }
                    write(list.get(i), pretty, depth + 1, out);
                }
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            indent(pretty, depth + 1, out);
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (i++ > 0) {
                    out.append(',');
                    indent(pretty, depth + 1, out);
                }
                quote((String) e.getKey(), out);
                out.append(pretty ? ": " : ":");
                write(e.getValue(), pretty, depth + 1, out);
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    /** Members sorted by name in byte order, as OVS's {@code JSSF_SORT}. */
    public static Map<String, Object> sortedObject() {
        return new TreeMap<>(OvsJson::compareBytes);
    }

    private static int compareBytes(String a, String b) {
        return java.util.Arrays.compare(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void indent(boolean pretty, int depth, StringBuilder out) {
        if (pretty) {
            out.append('\n').append(" ".repeat(SPACES_PER_LEVEL * depth));
        }
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
