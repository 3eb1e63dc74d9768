package io.ovsguard.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.direct.MinimalNativeListBr;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerJarTest {

    @Test
    void aPeersJarHoldsItsMainClassAndTheClassesNamedWithItAndNothingElse(@TempDir Path directory)
            throws IOException {
        Path jar = PeerJar.write(directory, MinimalNativeListBr.class, List.of(MinimalListBr.class.getName(),
                "io.ovsguard.ovsdb.direct.NativeUnixSockets$Loaded"));

        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(Collections.list(file.entries())).extracting(JarEntry::getName).containsExactly(
                    "META-INF/MANIFEST.MF", "io/ovsguard/ovsdb/direct/MinimalNativeListBr.class",
                    "io/ovsguard/bench/cli/MinimalListBr.class",
                    "io/ovsguard/ovsdb/direct/NativeUnixSockets$Loaded.class");
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(MinimalNativeListBr.class.getName());
        }
        assertThat(jar.getFileName()).hasToString("MinimalNativeListBr.jar");
    }

    @Test
    void aClassThatIsNotOnTheClassPathStopsTheJar(@TempDir Path directory) {
        assertThatThrownBy(() -> PeerJar.write(directory, HelloWorld.class, List.of("io.ovsguard.NoSuchClass")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io/ovsguard/NoSuchClass.class is not on the class path");
    }
}
