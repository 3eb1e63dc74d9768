package io.ovsguard.cli.docs;

import io.ovsguard.cli.command.CommandTable;
import io.ovsguard.cli.command.CommandTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the generated bash completion and man page into a directory (by default {@code cli/src/main/dist}, where
 * they are committed; a test fails when they differ from what the command table generates). Run it after changing
 * the table: {@code java -cp cli/target/classes io.ovsguard.cli.docs.DocsGenerator [DIR]}.
 */
public final class DocsGenerator {

    public static final String COMPLETION_FILE = "ovsguard.bash-completion";
    public static final String MAN_PAGE_FILE = "ovsguard.8";
    public static final Path DEFAULT_DIRECTORY = Path.of("cli", "src", "main", "dist");

    private DocsGenerator() {
    }

    /** Each generated file's name and contents. */
    public static Map<String, String> generate(CommandTable table) {
        return Map.of(COMPLETION_FILE, BashCompletion.render(table), MAN_PAGE_FILE, ManPage.render(table));
    }

    public static void main(String[] args) throws IOException {
        Path directory = args.length > 0 ? Path.of(args[0]) : DEFAULT_DIRECTORY;
        Files.createDirectories(directory);
        for (Map.Entry<String, String> file : generate(CommandTables.standard()).entrySet()) {
            Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
