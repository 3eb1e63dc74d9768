package io.ovsguard.cli.docs;

import io.ovsguard.sandbox.junit.HostPrerequisite;
import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.command.CommandSyntax;
import io.ovsguard.cli.command.CommandTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedDocsTest {

    /** Surefire runs in the module directory. */
    private static final Path COMMITTED = Path.of("src", "main", "dist");

    @Test
    void committedFilesEqualWhatTheCommandTableGenerates() throws IOException {
        Map<String, String> generated = DocsGenerator.generate(CommandTables.standard());

        for (Map.Entry<String, String> file : generated.entrySet()) {
            assertThat(Files.readString(COMMITTED.resolve(file.getKey()), StandardCharsets.UTF_8))
                    .as("%s is stale: run io.ovsguard.cli.docs.DocsGenerator from the repository root", file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void manPageDocumentsEveryCommandAndGlobalOption() {
        String page = ManPage.render(CommandTables.standard());

        for (CommandSyntax command : CommandTables.standard().commands()) {
            assertThat(page).contains("\\fB" + command.name().replace("-", "\\-") + "\\fR");
        }
        assertThat(page).contains("\\fB\\-\\-db\\fR=\\fIARG\\fR").contains("\\fB\\-\\-sysfs\\-root\\fR=\\fIARG\\fR")
                .contains(".SH \"EXIT STATUS\"");
    }

    @Test
    void completionOffersCommandsOptionsAndTables(@TempDir Path dir) throws Exception {
        HostPrerequisite.require(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path script = dir.resolve("completion");
        Files.writeString(script, BashCompletion.render(CommandTables.standard()));

        assertThat(complete(script, "ovsguard", "add-b")).isEqualTo("add-br add-bond add-bond-iface");
        assertThat(complete(script, "ovsguard", "--no-w")).isEqualTo("--no-wait");
        assertThat(complete(script, "ovsguard", "--db", "unix:/x", "list-p")).isEqualTo("list-ports");
        assertThat(complete(script, "ovsguard", "--db", "")).isEmpty();
        assertThat(complete(script, "ovsguard", "list", "Op")).isEqualTo("Open_vSwitch");
        assertThat(complete(script, "ovsguard", "add-br", "b", "--", "--if")).isEqualTo("--if-exists");
        assertThat(complete(script, "ovsguard", "che")).isEqualTo("check");
    }

    private static String complete(Path script, String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append('\'').append(word).append("' ");
        }
        String program = "source " + script + "; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMPREPLY=(); compopt() { :; }; _ovsguard; echo \"${COMPREPLY[*]}\"";
        Process bash = new ProcessBuilder(List.of("/bin/bash", "-c", program)).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(bash.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
