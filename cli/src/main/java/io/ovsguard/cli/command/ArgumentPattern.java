package io.ovsguard.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A command's arguments in the machine-readable form of {@code ovs-vsctl --commands}: each word gets a prefix,
 * {@code !} required, {@code ?} optional, {@code +} one or more, {@code *} zero or more, and brackets inside a word
 * become {@code ?} (so {@code [COLUMN[:KEY]=VALUE]...} reads {@code *COLUMN?:KEY=VALUE}).
 */
public record ArgumentPattern(List<Word> words) {

    /** How often an argument word may appear. */
    public enum Multiplicity {
        REQUIRED('!'),
        OPTIONAL('?'),
        ONE_OR_MORE('+'),
        ANY('*'),
        /** ovs-vsctl prints no prefix for a first word starting with a partial optional, e.g. {@code [KEY=]VALUE}. */
        UNMARKED('\0');

        private final char prefix;

        Multiplicity(char prefix) {
            this.prefix = prefix;
        }

        String prefix() {
            return prefix == '\0' ? "" : String.valueOf(prefix);
        }
    }

    /** One argument word: {@code name} with inner brackets already turned into {@code ?}. */
    public record Word(String name, Multiplicity multiplicity) {
        public String render() {
            return multiplicity.prefix() + name;
        }
    }

    public ArgumentPattern {
        words = List.copyOf(words);
    }

    public static ArgumentPattern of(String argumentsHelp) {
        List<Word> words = new ArrayList<>();
        if (argumentsHelp.isEmpty()) {
            return new ArgumentPattern(words);
        }
        String[] parts = argumentsHelp.split(" ", -1);
        for (int i = 0; i < parts.length; i++) {
            words.add(word(parts[i], i == 0));
        }
        return new ArgumentPattern(words);
    }

    private static Word word(String text, boolean first) {
        boolean repeated = text.contains(".");
        String core = text.replace(".", "");
        boolean wholeOptional = core.startsWith("[") && closingBracketOf(core) == core.length() - 1;
        if (wholeOptional) {
            core = core.substring(1, core.length() - 1);
        }
        String name = core.replace("[", "?").replace("]", "");
        Multiplicity multiplicity;
        if (wholeOptional) {
            multiplicity = repeated ? Multiplicity.ANY : Multiplicity.OPTIONAL;
        } else if (first && core.startsWith("[")) {
            multiplicity = Multiplicity.UNMARKED;
        } else {
            multiplicity = repeated ? Multiplicity.ONE_OR_MORE : Multiplicity.REQUIRED;
        }
        return new Word(name, multiplicity);
    }

    private static int closingBracketOf(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The pattern as {@code --commands} prints it. */
    public String render() {
        return words.stream().map(Word::render).collect(Collectors.joining(" "));
    }
}
