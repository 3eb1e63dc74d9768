package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSchemaTest {

    @TempDir
    Path dir;

    @Test
    void readsAnInstalledSchemaFile() throws IOException {
        Path file = dir.resolve("vswitch.ovsschema");
        Files.writeString(file, """
                {"name": "Open_vSwitch", "version": "8.3.1",
                 "tables": {"Open_vSwitch": {"columns": {"next_cfg": {"type": "integer"}},
                                             "isRoot": true, "maxRows": 1}}}
                """);
        assertThat(LocalSchema.read(file)).hasValueSatisfying(s -> assertThat(s.hasTable("Open_vSwitch")).isTrue());
    }

    @Test
    void missingOrBrokenFilesMeanNoSchema() throws IOException {
        assertThat(LocalSchema.read(dir.resolve("absent"))).isEmpty();
        Path broken = dir.resolve("broken");
        Files.writeString(broken, "{not json");
        assertThat(LocalSchema.read(broken)).isEmpty();
    }
}
