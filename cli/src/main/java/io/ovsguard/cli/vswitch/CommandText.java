package io.ovsguard.cli.vswitch;

import io.ovsguard.cli.exec.CommandContext;
import java.util.ArrayList;
import java.util.List;

/** A command as ovs-vsctl quotes it back in messages: its options, its name and its arguments, shell-escaped. */
final class CommandText {

    private CommandText() {
    }

    static String of(CommandContext ctx) {
        List<String> quoted = new ArrayList<>();
        ctx.invocation().words().forEach(w -> quoted.add(quote(w)));
        return String.join(" ", quoted);
    }

    /** Quotes a word that holds characters a shell would treat specially, as OVS's process_escape_args does. */
    static String quote(String word) {
        boolean plain = !word.isEmpty();
        for (int i = 0; i < word.length() && plain; i++) {
            char c = word.charAt(i);
            plain = Character.isLetterOrDigit(c) || "-_=+,./:@".indexOf(c) >= 0;
        }
        if (plain) {
            return word;
        }
        StringBuilder text = new StringBuilder("\"");
        for (char c : word.toCharArray()) {
            if (c == '\\' || c == '"') {
                text.append('\\');
            }
            text.append(c);
        }
        return text.append('"').toString();
    }
}
