package io.ovsguard.cli.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        for (List<String> commandLine : commandLines(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8))) {
            Main.newCli().run(commandLine.toArray(String[]::new), InputStream.nullInputStream(),
                    OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        }
        // Netty's event-loop threads may still be alive; the archive is written when the JVM exits
        System.exit(0);
    }

    static List<List<String>> commandLines(List<String> lines) {
        return lines.stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> List.of(line.split(" +")))
                .toList();
    }
}
