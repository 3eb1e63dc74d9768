package io.ovsguard.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.sandbox.junit.RequiresOvs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scripts/install-ovsguard.sh}: the launcher, man page and completion the README's set-up installs. */
@RequiresOvs
class InstallScriptIT {

    private static final Path ROOT = projectRoot();

    @Test
    void installsTheLauncherUnderBothNamesWithItsManPageAndCompletion(@TempDir Path prefix)
            throws IOException, InterruptedException {
        Run install = run(List.of(ROOT.resolve("scripts/install-ovsguard.sh").toString(), "--as-ovs-vsctl",
                prefix.toString()));
        assertThat(install.status()).as(install.err()).isZero();

        assertThat(Files.readSymbolicLink(prefix.resolve("bin/ovsguard"))).isEqualTo(ROOT.resolve("bin/ovsguard"));
        assertThat(Files.readSymbolicLink(prefix.resolve("bin/ovs-vsctl"))).isEqualTo(ROOT.resolve("bin/ovsguard"));
        assertThat(prefix.resolve("share/man/man8/ovsguard.8"))
                .hasSameTextualContentAs(ROOT.resolve("cli/src/main/dist/ovsguard.8"));
        assertThat(prefix.resolve("share/bash-completion/completions/ovsguard"))
                .hasSameTextualContentAs(ROOT.resolve("cli/src/main/dist/ovsguard.bash-completion"));

        // installed as ovs-vsctl, it answers as the real one does
        Run installed = run(List.of(prefix.resolve("bin/ovs-vsctl").toString(), "--version"));
        Run real = run(List.of("ovs-vsctl", "--version"));
        assertThat(installed.status()).isZero();
        assertThat(installed.out()).isEqualTo(real.out());

        // found through PATH by its bare name, it names itself as typed, not by the path the shell found
        Map<String, String> pathFirst = Map.of("PATH", prefix.resolve("bin") + ":" + System.getenv("PATH"));
        // (a shell looks the name up in the child's PATH; ProcessBuilder would use this JVM's)
        Run byName = run(List.of("bash", "-c", "exec ovs-vsctl --no-such-option"), pathFirst);
        Run realByName = run(List.of("/usr/bin/ovs-vsctl", "--no-such-option"), Map.of());
        assertThat(byName.status()).isEqualTo(realByName.status()).isNotZero();
        assertThat(byName.err()).isEqualTo(realByName.err().replace("/usr/bin/ovs-vsctl", "ovs-vsctl"))
                .startsWith("ovs-vsctl: ");
        Run byPath = run(List.of(prefix.resolve("bin/ovs-vsctl").toString(), "--no-such-option"), Map.of());
        assertThat(byPath.err()).startsWith(prefix.resolve("bin/ovs-vsctl") + ": ");

        Run again = run(List.of(ROOT.resolve("scripts/install-ovsguard.sh").toString(), prefix.toString()));
        assertThat(again.status()).as("a second install replaces the first: " + again.err()).isZero();
    }

    @Test
    void rejectsAnUnknownOptionWithUsageAndInstallsNothing(@TempDir Path prefix)
            throws IOException, InterruptedException {
        Run install = run(List.of(ROOT.resolve("scripts/install-ovsguard.sh").toString(), "--bogus",
                prefix.toString()));
        assertThat(install.status()).isEqualTo(1);
        assertThat(install.err()).contains("unknown option --bogus").contains("usage:");
        assertThat(prefix).isEmptyDirectory();
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        return run(command, Map.of());
    }

    private static Run run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("install-out", ".txt");
        Path err = Files.createTempFile("install-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("scripts/install-ovsguard.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("scripts/install-ovsguard.sh not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
