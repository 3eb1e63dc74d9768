package io.ovsguard.validator.switchconf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The EAL words of {@code other_config:dpdk-extra} that matter for memory. OVS splits the value into words
 * like a shell (quotes group), and any option given here wins over the database key for the same option.
 */
public record DpdkExtra(List<String> words, Optional<DpdkSocketMem> socketMem, Optional<DpdkSocketMem> socketLimit,
                        OptionalLong allocMemMib, boolean noHuge, boolean legacyMem, boolean noPci, boolean inMemory,
                        Optional<String> filePrefix, OptionalInt channels, OptionalInt ranks) {

    public static final String KEY = "other_config:dpdk-extra";

    public DpdkExtra {
        words = List.copyOf(words);
    }

    public static DpdkExtra none() {
        return new DpdkExtra(List.of(), Optional.empty(), Optional.empty(), OptionalLong.empty(), false, false,
                false, false, Optional.empty(), OptionalInt.empty(), OptionalInt.empty());
    }

    public static DpdkExtra parse(String text) {
        List<String> words = splitWords(text);
        Optional<DpdkSocketMem> socketMem = Optional.empty();
        Optional<DpdkSocketMem> socketLimit = Optional.empty();
        OptionalLong allocMem = OptionalLong.empty();
        OptionalInt channels = OptionalInt.empty();
        OptionalInt ranks = OptionalInt.empty();
        Optional<String> prefix = Optional.empty();
        boolean noHuge = false;
        boolean legacy = false;
        boolean noPci = false;
        boolean inMemory = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String name = w.startsWith("--") && w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
            switch (name) {
                case "--socket-mem" -> {
                    socketMem = Optional.of(DpdkSocketMem.parse(KEY + " --socket-mem", value(words, i, text)));
                    i += w.contains("=") ? 0 : 1;
                }
                case "--socket-limit" -> {
                    socketLimit = Optional.of(DpdkSocketMem.parse(KEY + " --socket-limit", value(words, i, text)));
                    i += w.contains("=") ? 0 : 1;
                }
                case "--file-prefix" -> {
                    prefix = Optional.of(value(words, i, text));
                    i += w.contains("=") ? 0 : 1;
                }
                case "--no-huge" -> noHuge = true;
                case "--legacy-mem" -> legacy = true;
                case "--no-pci" -> noPci = true;
                case "--in-memory" -> inMemory = true;
                default -> {
                    if (w.startsWith("-m") || w.startsWith("-n") || w.startsWith("-r")) {
                        char opt = w.charAt(1);
                        boolean joined = w.length() > 2;
                        String v = joined ? w.substring(2) : value(words, i, text);
                        long n = number(w.substring(0, 2), v, text);
                        if (opt == 'm') {
                            allocMem = OptionalLong.of(n);
                        } else if (opt == 'n') {
                            channels = OptionalInt.of((int) n);
                        } else {
                            ranks = OptionalInt.of((int) n);
                        }
                        i += joined ? 0 : 1;
                    }
                }
            }
        }
        return new DpdkExtra(words, socketMem, socketLimit, allocMem, noHuge, legacy, noPci, inMemory, prefix,
                channels, ranks);
    }

    private static String value(List<String> words, int i, String text) {
        String w = words.get(i);
        int eq = w.indexOf('=');
        if (w.startsWith("--") && eq > 0) {
            return w.substring(eq + 1);
        }
        if (i + 1 >= words.size() || words.get(i + 1).startsWith("-")) {
            throw new ConfigSyntaxException(KEY, text, "option " + w + " needs a value");
        }
        return words.get(i + 1);
    }

    private static long number(String option, String v, String text) {
        if (v.isEmpty() || v.length() > 9 || !v.chars().allMatch(Character::isDigit)) {
            throw new ConfigSyntaxException(KEY, text, "option " + option + " needs a number, found \"" + v + "\"");
        }
        return Long.parseLong(v);
    }

    /** Shell-like word splitting: whitespace separates, single and double quotes group, as OVS does. */
    static List<String> splitWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new ConfigSyntaxException(KEY, text, "unterminated " + quote + " quote");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
