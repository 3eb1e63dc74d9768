package io.ovsguard.it.cli.vsctl;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stable names for uuids: rows of the final database get labels by content ({@code Bridge#2}); any other uuid a
 * program printed gets {@code <uuid N>} in order of first appearance. Two runs that differ only in the uuids the
 * servers chose read the same after {@link #relabel}.
 */
final class UuidLabels {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Map<String, String> labels = new HashMap<>();
    private int unnamed;

    void name(String uuid, String label) {
        labels.put(uuid, label);
    }

    String label(String uuid) {
        return labels.computeIfAbsent(uuid, u -> "<uuid " + ++unnamed + ">");
    }

    /** Replaces every uuid in {@code text} by its label. */
    String relabel(String text) {
        Matcher m = UUID_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(label(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
