package io.ovsguard.cli.app;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run behind the launcher's class-data-sharing archive and AOT cache: one JVM runs a list of
 * representative command lines through the same {@link Cli} the process uses, so the classes every kind of command
 * needs (parsing, help, the client, the guard) are loaded and linked while the JVM records them. Output is
 * discarded and exit statuses do not matter: a command that fails still exercises the classes of its path.
 *
 * <p>Usage: {@code java -cp cli.jar io.ovsguard.cli.app.StartupTraining FILE}, one command line per line of FILE,
 * arguments separated by spaces; blank lines and lines starting with {@code #} are skipped.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: StartupTraining COMMAND-LINES-FILE");
        }
        StartupWarmup.startInBackground();
        // read with the stream classes the JVM has already loaded: the cache keeps every class the training loads,
        // and a CLI call preloads all of them (Files.readAllLines would add thirty file-channel classes)
        String text;
        try (InputStream file = new FileInputStream(args[0])) {
            text = new String(file.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (List<String> commandLine : commandLines(List.of(text.split("\n")))) {
            Main.newCli().run(commandLine.toArray(String[]::new), InputStream.nullInputStream(),
                    OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        }
        // Netty's event-loop threads may still be alive; the JVM writes the archive as it exits. halt, as Main
        // ends: System.exit would start the JDK's logging back end (JDK 21+), and the cache preloads every class the
        // training loaded on every call
        Runtime.getRuntime().halt(0);
    }

    /**
     * The words of a line, split at runs of spaces by hand: a regular expression here would put its classes in the
     * cache, which every call preloads, though no common command uses one.
     */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        for (String word : line.split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    static List<List<String>> commandLines(List<String> lines) {
        List<List<String>> commandLines = new ArrayList<>();
        for (String line : lines) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                commandLines.add(words(stripped));
            }
        }
        return List.copyOf(commandLines);
    }
}
