package io.ovsguard.it.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.app.Cli;
import io.ovsguard.cli.app.OvsguardExecutor;
import io.ovsguard.cli.app.StandardHandlers;
import io.ovsguard.cli.command.CommandHandler;
import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.command.CommandTable;
import io.ovsguard.cli.command.CommandTables;
import io.ovsguard.cli.db.DatabaseCommands;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.parse.CliEnvironment;
import io.ovsguard.it.support.Clients;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.sandbox.Daemon;
import io.ovsguard.it.cli.db.InProcessCli.Run;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.Polling;
import io.ovsguard.sandbox.SandboxPki;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import io.ovsguard.sandbox.junit.WithSandbox;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a single-server differential case cannot show: waiting for ovs-vswitchd's {@code cur_cfg}, {@code wait-until}
 * waking up on a change, and running a command line again when another client changed what it verified.
 */
@RequiresOvs
@ExtendWith(OvsSandboxExtension.class)
class EngineBehaviourIT {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final Pattern MONITORS = Pattern.compile("monitors:(\\d+)");

    @WithSandbox
    static OvsSandbox sandbox;

    @BeforeEach
    void emptyDatabase() {
        sandbox.vsctl("--no-wait", "emer-reset").orThrow();
        sandbox.vsctl("--no-wait", "--if-exists", "del-br", "brw").orThrow();
    }

    private static Run ovsguard(CommandHandlers<CommandContext> handlers, String... args) {
        return InProcessCli.run(sandbox, handlers, args);
    }

    private static Run ovsguard(String... args) {
        return ovsguard(StandardHandlers.create(CommandTables.standard()), args);
    }

    private static int monitors() {
        Matcher m = MONITORS.matcher(sandbox.appctl(Daemon.OVSDB_SERVER, "memory/show").orThrow().stdout());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Test
    void changeWaitsUntilVswitchdReportsTheNewConfiguration() throws Exception {
        try (BlockingOvsdbClient client = Clients.unix(sandbox)) {
            long before = OpenVswitchRow.integer(OpenVswitchRow.read(client), "next_cfg");
            CompletableFuture<Run> run = CompletableFuture.supplyAsync(
                    () -> ovsguard("set", "Open_vSwitch", ".", "other_config:waited=yes"));
            assertThat(Polling.await(
                    () -> OpenVswitchRow.integer(OpenVswitchRow.read(client), "next_cfg") == before + 1, DEADLINE))
                    .as("next_cfg incremented").isTrue();
            assertThat(run).as("still waiting for cur_cfg").isNotDone();
            Row root = OpenVswitchRow.read(client);
            client.transact(new Transaction("Open_vSwitch", List.of(new Operation.Update("Open_vSwitch",
                    List.of(io.ovsguard.ovsdb.op.Condition.uuidIs(root.uuid().orElseThrow())),
                    Row.of(Map.of("cur_cfg", OvsdbSet.of(Atom.integer(before + 1)))))))).orThrow();
            Run result = run.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            assertThat(result.status()).isZero();
            assertThat(result.stderr()).isEmpty();
        }
    }

    @Test
    void waitUntilReturnsOnceAnotherClientMakesTheConditionTrue() throws Exception {
        int monitorsBefore = monitors();
        CompletableFuture<Run> run = CompletableFuture.supplyAsync(
                () -> ovsguard("--no-wait", "wait-until", "Bridge", "brw", "other_config:ready=yes"));
        sandbox.vsctl("--no-wait", "add-br", "brw").orThrow();
        assertThat(Polling.await(() -> monitors() > monitorsBefore || run.isDone(), DEADLINE)).isTrue();
        assertThat(run).as("the bridge exists but is not ready").isNotDone();
        sandbox.vsctl("--no-wait", "set", "Bridge", "brw", "other_config:ready=yes").orThrow();
        Run result = run.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        assertThat(result.status()).isZero();
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void commandLineRunsAgainWhenAnotherClientChangedAVerifiedColumn() {
        AtomicInteger runs = new AtomicInteger();
        CommandTable table = CommandTables.standard();
        CommandHandlers.Builder<CommandContext> builder = CommandHandlers.builder(table);
        DatabaseCommands.register(builder);
        builder.register("emer-reset", new CommandHandler<>() {
            @Override
            public void run(CommandContext context) {
                if (runs.incrementAndGet() == 1) {
                    sandbox.vsctl("--no-wait", "set", "Open_vSwitch", ".", "other_config:other=client").orThrow();
                }
            }
        });
        // "add" is not the last command, so it reads, verifies and rewrites other_config
        Run result = ovsguard(builder.build(), "--no-wait", "add", "Open_vSwitch", ".", "other_config", "mine=1",
                "--", "emer-reset");
        assertThat(result.status()).isZero();
        assertThat(runs.get()).isEqualTo(2);
        try (BlockingOvsdbClient client = Clients.unix(sandbox)) {
            Datum config = OpenVswitchRow.read(client).get("other_config").orElseThrow();
            assertThat(config).isEqualTo(OvsdbMap.ofStrings(Map.of("mine", "1", "other", "client")));
        }
    }

    @Test
    void aLoneAddPortGuessesItsNamesFreeAndTheNameIndexesCatchAWrongGuess() {
        sandbox.vsctl("--no-wait", "--may-exist", "add-br", "brg").orThrow();
        withRequestsLogged(() -> {
            LoggedRun added = loggedRun("add-port brg pg1", "--no-wait", "add-port", "brg", "pg1");
            LoggedRun again = loggedRun("[\"name\",\"==\",\"pg1\"]", "--no-wait", "add-port", "brg", "pg1");

            assertThat(added.run().status()).isZero();
            assertThat(added.requests()).as("requests of a run that guesses its names free")
                    .contains("\"op\":\"insert\"")
                    .doesNotContain("[\"name\",\"==\",\"pg1\"]");
            assertThat(again.run().status()).isEqualTo(1);
            assertThat(again.run().stderr()).contains(
                    "cannot create a port named pg1 because a port named pg1 already exists on bridge brg\n");
            assertThat(again.requests()).as("requests of a run whose guess the server refused")
                    .contains("\"error\":\"constraint violation\"")
                    .contains("[\"name\",\"==\",\"pg1\"]");
            assertThat(sandbox.vsctl("list-ports", "brg").orThrow().output()).isEqualTo("pg1");
        });
    }

    @Test
    void aLoneAddPortReadsNoFakeBridgeUnlessItsBridgeIsNoRealOne() {
        sandbox.vsctl("--no-wait", "--may-exist", "add-br", "brf", "--", "--may-exist", "add-br", "vf", "brf", "7")
                .orThrow();
        String fakeBridgeScan = "[\"fake_bridge\",\"==\",true]";
        withRequestsLogged(() -> {
            LoggedRun toReal = loggedRun("add-port brf pf1", "--no-wait", "add-port", "brf", "pf1");
            LoggedRun toFake = loggedRun("add-port vf pf2", "--no-wait", "add-port", "vf", "pf2");

            assertThat(toReal.run().status()).isZero();
            assertThat(toReal.requests()).as("requests of an add-port to a real bridge")
                    .doesNotContain(fakeBridgeScan);
            assertThat(toFake.run().status()).isZero();
            assertThat(toFake.run().stderr()).isEmpty();
            assertThat(toFake.requests()).as("requests of an add-port to a fake bridge").contains(fakeBridgeScan);
        });
        assertThat(sandbox.vsctl("list-ports", "brf").orThrow().output()).isEqualTo("pf1");
        assertThat(sandbox.vsctl("list-ports", "vf").orThrow().output()).isEqualTo("pf2");
        assertThat(sandbox.vsctl("get", "Port", "pf2", "tag").orThrow().output()).isEqualTo("7");
    }

    @Test
    void aDryRunLooksItsNamesUpSinceNothingItCommitsCouldRefuseAGuess() {
        sandbox.vsctl("--no-wait", "--may-exist", "add-br", "brg").orThrow();
        withRequestsLogged(() -> {
            int start = sandbox.ovsdbServerLog().length();
            Run dry = ovsguard("--no-wait", "--dry-run", "add-port", "brg", "pg2");

            assertThat(dry.status()).isZero();
            assertThat(logAfter(start, "add-port brg pg2")).contains("[\"name\",\"==\",\"pg2\"]");
            assertThat(sandbox.vsctl("list-ports", "brg").orThrow().output()).doesNotContain("pg2");
        });
    }

    @Test
    void aListingOfManyColumnsReadsByOneMonitorAndItsCancelAndAFewColumnsBySelect() {
        sandbox.vsctl("--no-wait", "--may-exist", "add-br", "brm", "--", "--may-exist", "add-port", "brm", "pm1")
                .orThrow();
        withRequestsLogged(() -> {
            LoggedRun whole = loggedRun("\"monitor_cancel\"", "list", "Interface");
            assertThat(whole.run().status()).isZero();
            assertThat(whole.run().stdout()).contains("name                : pm1\n");
            assertThat(whole.requests()).as("requests of a listing of every column")
                    .contains("method=\"monitor_cond\"")
                    .doesNotContain("\"op\":\"select\"");

            LoggedRun few = loggedRun("\"op\":\"select\"", "--columns=name,ofport", "list", "Interface");
            assertThat(few.run().status()).isZero();
            assertThat(few.run().stdout()).contains("name                : pm1\nofport              : []\n");
            assertThat(few.requests()).as("requests of a listing of two columns")
                    .doesNotContain("method=\"monitor_cond\"");
        });
    }

    /** A run of ovsguard and the server's log of the requests it made. */
    private record LoggedRun(Run run, String requests) {
    }

    /** Runs ovsguard with {@code args} and reads the server's log from before the run until it holds {@code until}. */
    private static LoggedRun loggedRun(String until, String... args) {
        int start = sandbox.ovsdbServerLog().length();
        Run run = ovsguard(args);
        return new LoggedRun(run, logAfter(start, until));
    }

    /** Runs {@code body} while the server logs every JSON-RPC message it receives and sends. */
    private static void withRequestsLogged(Runnable body) {
        sandbox.appctl(Daemon.OVSDB_SERVER, "vlog/set", "jsonrpc:file:dbg").orThrow();
        try {
            body.run();
        } finally {
            sandbox.appctl(Daemon.OVSDB_SERVER, "vlog/set", "jsonrpc:file:info").orThrow();
        }
    }

    /** The server's log from {@code start} once it holds {@code text} (the server may write its log after replying). */
    private static String logAfter(int start, String text) {
        Polling.await(() -> sandbox.ovsdbServerLog().indexOf(text, start) >= 0, DEADLINE);
        return sandbox.ovsdbServerLog().substring(start);
    }

    @Test
    void restrictedPrerequisitesFetchOnlyTheMatchingRows() {
        sandbox.vsctl("--no-wait", "add-br", "brw").orThrow();
        sandbox.vsctl("--no-wait", "--may-exist", "add-br", "brother").orThrow();
        CommandHandlers.Builder<CommandContext> builder = CommandHandlers.builder(CommandTables.standard());
        builder.register("emer-reset", new CommandHandler<>() {
            @Override
            public void prerequisites(CommandContext context) {
                context.prerequisites().columns("Bridge", List.of("name"));
                context.prerequisites().restrict("Bridge",
                        List.of(io.ovsguard.ovsdb.op.Condition.equal("name", Atom.string("brw"))));
            }

            @Override
            public void run(CommandContext context) {
                context.db().rows("Bridge").forEach(r -> context.print(r.read("name") + "\n"));
            }
        });
        Run result = ovsguard(builder.build(), "--no-wait", "emer-reset");
        assertThat(result.status()).isZero();
        assertThat(result.stdout()).isEqualTo(OvsdbSet.ofStrings("brw") + "\n");
        sandbox.vsctl("--no-wait", "del-br", "brother").orThrow();
    }

    @Test
    void sslRemotesUseThePkiOptionsAndPrintLikeOvsVsctl(@WithSandbox(ssl = true) OvsSandbox secured) {
        SandboxPki pki = secured.pki().orElseThrow();
        String remote = secured.sslRemote().orElseThrow();
        List<String> args = new java.util.ArrayList<>(List.of("--db=" + remote));
        args.addAll(pki.clientOptions());
        args.addAll(List.of("--no-wait", "--columns=next_cfg", "list", "Open_vSwitch"));
        secured.vsctl("--no-wait", "init").orThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(CliEnvironment.of("ovs-vsctl", Map.of()), CommandTables.standard(), new OvsguardExecutor())
                .run(args.toArray(new String[0]), new ByteArrayInputStream(new byte[0]), out, err);
        List<String> real = new java.util.ArrayList<>(List.of("/usr/bin/ovs-vsctl"));
        real.addAll(args);
        io.ovsguard.sandbox.ToolResult expected = new io.ovsguard.sandbox.ToolRunner(secured.dir(), DEADLINE).run(real);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(expected.stderr());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected.stdout()).contains("next_cfg");
        assertThat(status).isEqualTo(expected.exitCode()).isZero();
    }

    @Test
    void timeoutEndsTheCallWhenTheServerStopsAnsweringAsOvsVsctlsAlarmDoes(@WithSandbox OvsSandbox stopped) {
        stopped.vsctl("--no-wait", "init", "--", "add-br", "br0").orThrow();
        stopped.signalOvsdbServer(io.ovsguard.sandbox.Signal.STOP);
        try {
            for (List<String> line : List.of(List.of("list-br"), List.of("--no-wait", "add-port", "br0", "p1"))) {
                List<String> args = new java.util.ArrayList<>(List.of("--db=" + stopped.unixRemote(), "--timeout=1"));
                args.addAll(line);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                long start = System.nanoTime();
                int status = new Cli(CliEnvironment.of("ovs-vsctl", Map.of()), CommandTables.standard(),
                        new OvsguardExecutor()).run(args.toArray(new String[0]),
                        new ByteArrayInputStream(new byte[0]), out, err);
                long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

                // the connection is accepted, the schema never comes: ovs-vsctl's alarm ends it after one second
                assertThat(status).as("%s", line).isEqualTo(142);
                // (the sequence number is ovs-vsctl's: 1 for a read-only line, 2 for a change)
                assertThat(err.toString(StandardCharsets.UTF_8)).as("%s", line).matches(
                        "\\S+\\|0000[12]\\|fatal_signal\\|WARN\\|terminating with signal 14 \\(Alarm clock\\)\n");
                assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
                // not the client's 30-second request timeout (the bug this guards against), whatever the load
                assertThat(seconds).as("seconds %s took", line).isLessThan(15);
            }
        } finally {
            stopped.signalOvsdbServer(io.ovsguard.sandbox.Signal.CONT);
        }
    }

    /** Plays ovs-vswitchd: once a change is committed, records that {@code iface} failed and reports the reload. */
    private static void failInterfaceOnNextReload(BlockingOvsdbClient client, String iface) {
        assertThat(Polling.await(() -> {
            Row root = OpenVswitchRow.read(client);
            return OpenVswitchRow.integer(root, "next_cfg") > OpenVswitchRow.integer(root, "cur_cfg");
        }, DEADLINE)).as("a change was committed").isTrue();
        Row root = OpenVswitchRow.read(client);
        client.transact(new Transaction("Open_vSwitch", List.of(
                new Operation.Update("Interface",
                        List.of(io.ovsguard.ovsdb.op.Condition.equal("name", Atom.string(iface))),
                        Row.of(Map.of("ofport", OvsdbSet.of(Atom.integer(-1)),
                                "error", OvsdbSet.ofStrings("could not open network device " + iface)))),
                new Operation.Update("Open_vSwitch",
                        List.of(io.ovsguard.ovsdb.op.Condition.uuidIs(root.uuid().orElseThrow())),
                        Row.of(Map.of("cur_cfg",
                                OvsdbSet.of(Atom.integer(OpenVswitchRow.integer(root, "next_cfg"))))))))).orThrow();
    }

    @Test
    void interfacesThatFailToComeUpAreReportedAfterTheReloadLikeOvsVsctl() throws Exception {
        sandbox.vsctl("--no-wait", "add-br", "brw").orThrow();
        String expected;
        try (BlockingOvsdbClient client = Clients.unix(sandbox)) {
            CompletableFuture<io.ovsguard.sandbox.ToolResult> real = CompletableFuture.supplyAsync(
                    () -> sandbox.vsctl("add-port", "brw", "pfail1"));
            failInterfaceOnNextReload(client, "pfail1");
            io.ovsguard.sandbox.ToolResult result = real.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            assertThat(result.exitCode()).isZero();
            expected = OpenVswitchRow.withoutLogDirectory(result.stderr().replace("pfail1", "pfail2"));
        }
        CommandHandlers.Builder<CommandContext> builder = CommandHandlers.builder(CommandTables.standard());
        builder.register("emer-reset", new CommandHandler<>() {
            @Override
            public void prerequisites(CommandContext context) {
                io.ovsguard.cli.db.RecordFinder.declare(context.prerequisites(), "Bridge");
                context.prerequisites().columns("Bridge", List.of("ports"));
            }

            @Override
            public void run(CommandContext context) {
                var bridge = io.ovsguard.cli.db.RecordFinder.find(context.db(),
                        context.schema().table("Bridge"), "brw", true).orElseThrow();
                var iface = context.db().insert("Interface");
                iface.write("name", OvsdbSet.ofStrings("pfail2"));
                var port = context.db().insert("Port");
                port.write("name", OvsdbSet.ofStrings("pfail2"));
                port.write("interfaces", OvsdbSet.of(Atom.uuid(iface.uuid())));
                bridge.mutate("ports", io.ovsguard.ovsdb.op.Mutator.INSERT, OvsdbSet.of(Atom.uuid(port.uuid())));
                context.expectInterface(iface.uuid());
            }
        });
        try (BlockingOvsdbClient client = Clients.unix(sandbox)) {
            CommandHandlers<CommandContext> handlers = builder.build();
            CompletableFuture<Run> run = CompletableFuture.supplyAsync(() -> ovsguard(handlers, "emer-reset"));
            failInterfaceOnNextReload(client, "pfail2");
            Run result = run.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            assertThat(result.status()).isZero();
            assertThat(OpenVswitchRow.withoutLogDirectory(result.stderr())).isEqualTo(expected)
                    .contains("Error detected while setting up 'pfail2': could not open network device pfail2.");
        }
    }
}
