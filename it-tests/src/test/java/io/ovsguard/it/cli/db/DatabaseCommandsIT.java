package io.ovsguard.it.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import io.ovsguard.sandbox.junit.WithSandbox;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test of the database commands, their options, output formats and errors: every case of
 * {@code db-commands.corpus} runs through the real ovs-vsctl on one ovsdb-server and through ovsguard (as
 * {@code ovs-vsctl}) on another holding the same database; exit status, stdout, stderr and the final database must
 * be identical.
 */
@RequiresOvs
@ExtendWith(OvsSandboxExtension.class)
class DatabaseCommandsIT {

    @WithSandbox
    static OvsSandbox reference;

    @WithSandbox
    static OvsSandbox candidate;

    private static DifferentialServers servers;

    @BeforeAll
    static void pair() {
        servers = new DifferentialServers(reference, candidate);
    }

    static List<DbCase> corpus() {
        return DbCorpus.load("/cli/db/db-commands.corpus");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void behavesLikeOvsVsctl(DbCase dbCase) {
        DifferentialServers.Outcome outcome = servers.run(dbCase);
        RunResult expected = outcome.reference();
        RunResult actual = outcome.candidate();
        assertThat(actual.stderr()).as("stderr of %s", dbCase.args()).isEqualTo(expected.stderr());
        assertThat(actual.stdout()).as("stdout of %s", dbCase.args()).isEqualTo(expected.stdout());
        assertThat(actual.exitCode()).as("exit status of %s", dbCase.args()).isEqualTo(expected.exitCode());
        assertThat(actual.database()).as("database after %s", dbCase.args()).isEqualTo(expected.database());
    }
}
