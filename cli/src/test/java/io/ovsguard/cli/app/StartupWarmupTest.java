package io.ovsguard.cli.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.exec.KnownVswitchSchema;
import io.ovsguard.ovsdb.schema.KnownSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupWarmupTest {

    @Test
    void skipsTheWarmUpForCommandLinesThatNeverConnect() {
        for (String option : new String[] {"--version", "-V", "--help", "-h", "--commands", "--options"}) {
            assertThat(StartupWarmup.isUsefulFor(new String[] {option})).as(option).isFalse();
        }
    }

    @Test
    void warmsUpForDatabaseCommandsAndAnythingItCannotRuleOut() {
        assertThat(StartupWarmup.isUsefulFor(new String[] {"list-br"})).isTrue();
        assertThat(StartupWarmup.isUsefulFor(new String[] {"--no-wait", "add-port", "br0", "p0"})).isTrue();
        assertThat(StartupWarmup.isUsefulFor(new String[] {"--version", "list-br"})).isTrue();
        assertThat(StartupWarmup.isUsefulFor(new String[0])).isTrue();
    }

    @Test
    void buildsTheCoreTablesOfTheCompiledInSchemaOnceForEveryLaterConnection() {
        KnownSchema real = KnownVswitchSchema.OPEN_VSWITCH;
        List<String> built = new ArrayList<>();
        KnownSchema counted = new KnownSchema(real.name(), real.version(), real.cksum(), real.servedText(),
                real.tableNames(), name -> {
                    built.add(name);
                    return real.tables().apply(name);
                });

        new StartupWarmup(counted, List.of("Bridge", "Port")).run();
        assertThat(built).containsExactly("Bridge", "Port");

        TableSchema bridge = counted.schema().table("Bridge");
        assertThat(counted.schema().table("Port").name()).isEqualTo("Port");
        assertThat(built).as("the connection's schemas found them built").containsExactly("Bridge", "Port");
        assertThat(counted.schema().table("Bridge")).isSameAs(bridge);
        assertThat(bridge.hasColumn("ports")).isTrue();
    }

    @Test
    void aTableThatFailsToBuildIsLeftForTheConnectionToReport() {
        KnownSchema real = KnownVswitchSchema.OPEN_VSWITCH;
        KnownSchema broken = new KnownSchema(real.name(), real.version(), real.cksum(), real.servedText(),
                real.tableNames(), name -> {
                    throw new IllegalStateException("no definition of " + name);
                });

        new StartupWarmup(broken, List.of("Bridge")).run();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> broken.schema().table("Bridge"))
                .hasMessageContaining("no definition of Bridge");
    }
}
