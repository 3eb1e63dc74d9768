package io.ovsguard.it.cli.db;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes two runs comparable: log time stamps become {@code TIME}, and uuids the two servers cannot share (rows
 * created by the command under test, temporary uuids) become {@code <new1>}, {@code <new2>}, ... in order of first
 * appearance. Uuids of rows that existed before the command are kept, since both servers have the same ones.
 */
final class OutputNormalizer {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TIME = Pattern.compile("(?m)^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\|");

    private OutputNormalizer() {
    }

    static String normalize(String text, Set<String> knownUuids) {
        String timeless = TIME.matcher(text).replaceAll("TIME|");
        Map<String, String> labels = new LinkedHashMap<>();
        Matcher m = UUID.matcher(timeless);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String uuid = m.group();
            String replacement = knownUuids.contains(uuid) ? uuid
                    : labels.computeIfAbsent(uuid, u -> "<new" + (labels.size() + 1) + ">");
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
