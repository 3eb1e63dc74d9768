package io.ovsguard.it.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.app.StandardHandlers;
import io.ovsguard.cli.command.CommandTables;
import io.ovsguard.it.cli.db.InProcessCli.Run;
import io.ovsguard.it.support.Clients;
import io.ovsguard.it.support.ProgramRun;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.Polling;
import io.ovsguard.sandbox.ToolResult;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import io.ovsguard.sandbox.junit.WithSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * After a change that waits for ovs-vswitchd, ovs-vsctl checks the interfaces its add-br, add-port, add-bond and
 * add-bond-iface inserted, and reports on stderr each that did not come up (no OpenFlow port, or -1, with the error
 * ovs-vswitchd recorded); and if the database connection drops while it waits, it connects again and goes on. The
 * test plays ovs-vswitchd (this sandbox has none): once the change is committed it sets {@code cur_cfg}, and marks
 * one interface failed. ovs-vsctl and ovsguard run the same line from the same database, one after the other.
 */
@RequiresOvs
@ExtendWith(OvsSandboxExtension.class)
class ReloadCheckIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String SETUP = "add-br brw -- add-bond brw bw0 bw1 bw2";

    @WithSandbox
    static OvsSandbox sandbox;

    @BeforeEach
    void startingState() {
        reset();
    }

    private static void reset() {
        sandbox.vsctl("--no-wait", "emer-reset").orThrow();
        for (String bridge : List.of("brw", "brx")) {
            sandbox.vsctl("--no-wait", "--if-exists", "del-br", bridge).orThrow();
        }
        sandbox.vsctl(concat(List.of("--no-wait"), List.of(SETUP.split(" ")))).orThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"add-port brw pw1", "add-br brx", "add-br fkw brw 9", "add-bond brw bw bw3 bw4",
            "add-bond-iface bw0 bw5", "add-port brw pw1 -- add-port brw pw2 -- set Interface pw2 type=internal",
            "add-port brw pw1 -- del-port pw1 -- add-br brx"})
    void interfacesThatDidNotComeUpAreReportedAfterTheReloadLikeOvsVsctl(String line) throws Exception {
        String[] args = line.split(" ");
        // the first interface of the line fails with an error; the others get no OpenFlow port at all
        String failed = firstNewInterface(args);

        ToolResult real = whileVswitchdReloads(() -> sandbox.vsctl(args), Optional.of(failed));
        reset();
        Run ours = whileVswitchdReloads(() -> InProcessCli.run(sandbox,
                StandardHandlers.create(CommandTables.standard()), args), Optional.of(failed));

        assertThat(ours.status()).isEqualTo(real.exitCode()).isZero();
        assertThat(ours.stdout()).isEqualTo(real.stdout());
        assertThat(OpenVswitchRow.withoutLogDirectory(ours.stderr()))
                .isEqualTo(OpenVswitchRow.withoutLogDirectory(real.stderr()))
                .contains("Error detected while setting up");
    }

    @Test
    void withBothStreamsInOneFileTheReportComesBeforeTheBufferedOutputLikeOvsVsctl() throws Exception {
        // stdout of this JVM (a pipe) and of ovs-vsctl here (a file) is no terminal: ovs-vsctl holds its stdout in
        // its stdio buffer until exit, after the report it writes to stderr
        String[] args = {"add-port", "brw", "pw1", "--", "list-ports", "brw", "--", "br-exists", "brw"};
        String real = whileVswitchdReloads(() -> mergedVsctl(args), Optional.of("pw1"));
        reset();
        Run ours = whileVswitchdReloads(() -> InProcessCli.runMerged(sandbox,
                StandardHandlers.create(CommandTables.standard()), args), Optional.of("pw1"));

        assertThat(ours.status()).isZero();
        assertThat(OpenVswitchRow.withoutLogDirectory(ours.stdout()))
                .isEqualTo(OpenVswitchRow.withoutLogDirectory(real))
                .startsWith("ovs-vsctl: Error detected while setting up 'pw1'")
                .endsWith("bw0\npw1\n");
    }

    /** The real ovs-vsctl with stdout and stderr into one file; what came out of it. */
    private static String mergedVsctl(String... args) {
        List<String> command = new ArrayList<>(List.of("ovs-vsctl", "--db=" + sandbox.unixRemote()));
        command.addAll(List.of(args));
        ProgramRun run = ProgramRun.merged(command, DEADLINE);
        assertThat(run.status()).as("ovs-vsctl's exit status").isZero();
        return run.out();
    }

    @Test
    void aWaitForTheReloadConnectsAgainWhenTheServerRestarts() throws Exception {
        ToolResult real = restartingWhileWaiting(() -> sandbox.vsctl("add-port", "brw", "pr1"));
        reset();
        Run ours = restartingWhileWaiting(() -> InProcessCli.run(sandbox,
                StandardHandlers.create(CommandTables.standard()), "add-port", "brw", "pr1"));

        assertThat(ours.status()).isEqualTo(real.exitCode()).isZero();
        assertThat(OpenVswitchRow.withoutLogDirectory(ours.stderr()))
                .isEqualTo(OpenVswitchRow.withoutLogDirectory(real.stderr()))
                .contains("Error detected while setting up 'pr1'");
        assertThat(sandbox.vsctl("list-ports", "brw").orThrow().stdout()).contains("pr1");
    }

    /** Runs {@code call} while playing ovs-vswitchd, which reloads once the change is committed. */
    private static <T> T whileVswitchdReloads(Supplier<T> call, Optional<String> failed) throws Exception {
        CompletableFuture<T> result = CompletableFuture.supplyAsync(call);
        try (BlockingOvsdbClient client = Clients.unix(sandbox)) {
            awaitCommit(client);
            reload(client, failed);
        }
        return result.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }

    /** Runs {@code call}, restarts ovsdb-server once its change is committed, and then reloads. */
    private static <T> T restartingWhileWaiting(Supplier<T> call) throws Exception {
        CompletableFuture<T> result = CompletableFuture.supplyAsync(call);
        try (BlockingOvsdbClient client = Clients.unix(sandbox)) {
            awaitCommit(client);
        }
        sandbox.stopOvsdbServer();
        sandbox.restartOvsdbServer();
        try (BlockingOvsdbClient client = Clients.unix(sandbox)) {
            reload(client, Optional.empty());
        }
        return result.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }

    private static void awaitCommit(BlockingOvsdbClient client) {
        assertThat(Polling.await(() -> {
            Row root = OpenVswitchRow.read(client);
            return OpenVswitchRow.integer(root, "next_cfg") > OpenVswitchRow.integer(root, "cur_cfg");
        }, DEADLINE)).as("a change was committed").isTrue();
    }

    /** What ovs-vswitchd reports after applying the change: {@code failed} did not open, with its error. */
    private static void reload(BlockingOvsdbClient client, Optional<String> failed) {
        Row root = OpenVswitchRow.read(client);
        List<Operation> operations = new ArrayList<>();
        failed.ifPresent(name -> operations.add(new Operation.Update("Interface",
                List.of(Condition.equal("name", Atom.string(name))),
                Row.of(Map.of("ofport", OvsdbSet.of(Atom.integer(-1)),
                        "error", OvsdbSet.ofStrings("could not open network device " + name))))));
        operations.add(new Operation.Update("Open_vSwitch", List.of(Condition.uuidIs(root.uuid().orElseThrow())),
                Row.of(Map.of("cur_cfg", OvsdbSet.of(Atom.integer(OpenVswitchRow.integer(root, "next_cfg")))))));
        client.transact(new Transaction("Open_vSwitch", operations)).orThrow();
    }

    private static String firstNewInterface(String[] args) {
        return switch (args[0]) {
            case "add-br" -> args[1];
            case "add-bond" -> args[3];
            case "add-bond-iface" -> args[2];
            default -> args[2];
        };
    }

    private static String[] concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all.toArray(new String[0]);
    }
}
