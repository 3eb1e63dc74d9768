package io.ovsguard.it.cli.db;

import io.ovsguard.cli.app.Cli;
import io.ovsguard.cli.app.OvsguardExecutor;
import io.ovsguard.cli.command.CommandTables;
import io.ovsguard.cli.parse.CliEnvironment;
import io.ovsguard.it.support.Clients;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.sandbox.Daemon;
import io.ovsguard.sandbox.OvsSandbox;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Two ovsdb-servers holding the same database: the reference, driven by the real ovs-vsctl, and the candidate,
 * driven by ovsguard in this JVM. Before each case the reference is emptied and set up with the real ovs-vsctl, and
 * the candidate is given a copy of its database (same row uuids, so row order and printed uuids can match).
 */
final class DifferentialServers {

    private static final String VSCTL = "/usr/bin/ovs-vsctl";
    private static final String OVSDB_CLIENT = "/usr/bin/ovsdb-client";
    private static final String DATABASE = "Open_vSwitch";

    private final OvsSandbox reference;
    private final OvsSandbox candidate;
    private final DatabaseSchema schema;
    private int generation;
    private Path candidateDb;

    DifferentialServers(OvsSandbox reference, OvsSandbox candidate) {
        this.reference = reference;
        this.candidate = candidate;
        try (BlockingOvsdbClient client = Clients.unix(reference)) {
            this.schema = client.getSchema(DATABASE);
        }
    }

    /** Both results of a case, normalized for comparison. */
    record Outcome(RunResult reference, RunResult candidate) {
    }

    Outcome run(DbCase c) {
        Set<String> known = prepare(c);
        RunResult ref = runReal(c.args(), known);
        RunResult cand = runOvsguard(c.args(), known);
        return new Outcome(ref, cand);
    }

    /** Empties the reference, runs the set-up on it and copies its database to the candidate. */
    private Set<String> prepare(DbCase c) {
        try (BlockingOvsdbClient client = Clients.unix(reference)) {
            List<Operation> deletes = new ArrayList<>();
            schema.tables().keySet().forEach(t -> deletes.add(new Operation.Delete(t, List.of())));
            client.transact(new Transaction(DATABASE, deletes)).orThrow();
        }
        for (List<String> line : c.setup()) {
            List<String> args = new ArrayList<>(List.of("--no-wait"));
            args.addAll(line);
            Raw result = exec(vsctlCommand(reference, args));
            if (result.exitCode != 0) {
                throw new IllegalStateException("set-up " + line + " failed: " + result.stderr);
            }
        }
        mirror();
        try (BlockingOvsdbClient client = Clients.unix(reference)) {
            return DatabaseDump.uuids(client, schema);
        }
    }

    private void mirror() {
        Path next = candidate.dir().resolve("mirror-" + (++generation) + ".db");
        List<String> backup = List.of(OVSDB_CLIENT, "backup", reference.unixRemote(), DATABASE);
        Raw saved = exec(backup, next);
        if (saved.exitCode != 0) {
            throw new IllegalStateException("ovsdb-client backup failed: " + saved.stderr);
        }
        candidate.appctl(Daemon.OVSDB_SERVER, "ovsdb-server/remove-db", DATABASE).orThrow();
        candidate.appctl(Daemon.OVSDB_SERVER, "ovsdb-server/add-db", next.toString()).orThrow();
        if (candidateDb != null) {
            deleteQuietly(candidateDb);
        }
        candidateDb = next;
    }

    private RunResult runReal(List<String> args, Set<String> known) {
        Raw raw = exec(vsctlCommand(reference, args));
        return result(raw.exitCode, raw.stdout, raw.stderr, reference, known);
    }

    private RunResult runOvsguard(List<String> args, Set<String> known) {
        List<String> argv = new ArrayList<>(List.of("--db=" + candidate.unixRemote()));
        argv.addAll(args);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment environment = CliEnvironment.of("ovs-vsctl",
                Map.of("OVS_RUNDIR", "/nonexistent/ovsguard-it", "OVS_LOGDIR", "/nonexistent/ovsguard-it"));
        int status = new Cli(environment, CommandTables.standard(), new OvsguardExecutor())
                .run(argv.toArray(new String[0]), new ByteArrayInputStream(new byte[0]), out, err);
        return result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), candidate,
                known);
    }

    private RunResult result(int status, String stdout, String stderr, OvsSandbox server, Set<String> known) {
        try (BlockingOvsdbClient client = Clients.unix(server)) {
            return new RunResult(status, OutputNormalizer.normalize(stdout, known),
                    OutputNormalizer.normalize(stderr, known), DatabaseDump.text(client, schema, known));
        }
    }

    private static List<String> vsctlCommand(OvsSandbox server, List<String> args) {
        List<String> command = new ArrayList<>(List.of("ovs-vsctl", "--db=" + server.unixRemote()));
        command.addAll(args);
        return command;
    }

    private record Raw(int exitCode, String stdout, String stderr) {
    }

    private static Raw exec(List<String> command) {
        return exec(command, null);
    }

    private static Raw exec(List<String> command, Path stdoutFile) {
        try {
            Path out = stdoutFile != null ? stdoutFile : Files.createTempFile("dbit-out", ".txt");
            Path err = Files.createTempFile("dbit-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command);
                Map<String, String> env = builder.environment();
                env.keySet().removeIf(k -> k.startsWith("OVS_"));
                env.put("OVS_RUNDIR", "/nonexistent/ovsguard-it");
                env.put("OVS_LOGDIR", "/nonexistent/ovsguard-it");
                env.put("PATH", Path.of(VSCTL).getParent() + ":/bin");
                Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(command + " did not finish in 60 s");
                }
                String stdout = stdoutFile != null ? "" : Files.readString(out, StandardCharsets.UTF_8);
                return new Raw(process.exitValue(), stdout, Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                if (stdoutFile == null) {
                    Files.deleteIfExists(out);
                }
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover copy in the sandbox directory is removed with the sandbox
        }
    }
}
