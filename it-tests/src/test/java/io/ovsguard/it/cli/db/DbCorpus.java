package io.ovsguard.it.cli.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the corpus file. {@code @setup NAME} starts a block of set-up command lines (given to the real ovs-vsctl
 * with {@code --no-wait}); {@code @cases} starts the command lines tested against that set-up. A case line gets
 * {@code --no-wait} in front unless it starts with {@code !}. Words are split on blanks; single or double quotes
 * group words (no escapes inside); {@code #} starts a comment line.
 */
final class DbCorpus {

    private DbCorpus() {
    }

    static List<DbCase> load(String resource) {
        try (InputStream in = DbCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no corpus resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<DbCase> parse(String text) {
        List<DbCase> cases = new ArrayList<>();
        String setupName = "empty";
        List<List<String>> setup = new ArrayList<>();
        boolean inCases = true;
        int lineNumber = 0;
        for (String raw : text.split("\n", -1)) {
            lineNumber++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@setup")) {
                setupName = line.substring("@setup".length()).strip();
                setup = new ArrayList<>();
                inCases = false;
            } else if (line.equals("@cases")) {
                inCases = true;
            } else if (!inCases) {
                setup.add(words(line));
            } else {
                boolean raw0 = line.startsWith("!");
                List<String> args = new ArrayList<>();
                if (!raw0) {
                    args.add("--no-wait");
                }
                args.addAll(words(raw0 ? line.substring(1) : line));
                cases.add(new DbCase(String.format("%03d [%s] %s", cases.size() + 1, setupName, line), setupName,
                        setup, args));
            }
        }
        return cases;
    }

    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == ' ' || c == '\t') {
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
            throw new IllegalArgumentException("unterminated quote in corpus line: " + line);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
