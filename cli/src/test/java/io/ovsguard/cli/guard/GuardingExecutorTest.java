package io.ovsguard.cli.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.InProcessCli;
import io.ovsguard.cli.RealVsctl;
import io.ovsguard.cli.app.OvsguardExecutor;
import org.junit.jupiter.api.Test;

/** ovsguard's own commands run alone; combining them with others is a one-line usage error before any I/O. */
class GuardingExecutorTest {

    private static RealVsctl.Result run(String... args) {
        // the database does not exist: the error must come before any attempt to connect
        String[] all = new String[args.length + 1];
        all[0] = "--db=unix:/nonexistent/db.sock";
        System.arraycopy(args, 0, all, 1, args.length);
        return InProcessCli.run("ovsguard", new GuardingExecutor(new OvsguardExecutor()), all);
    }

    @Test
    void checkCombinedWithAnotherCommandIsAUsageError() {
        RealVsctl.Result result = run("check", "--", "list-br");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).isEqualTo("ovsguard: 'check' cannot be combined with other commands\n");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void recoverCombinedWithAnotherCommandIsAUsageError() {
        RealVsctl.Result result = run("list-br", "--", "recover");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).isEqualTo("ovsguard: 'recover' cannot be combined with other commands\n");
    }
}
