package io.ovsguard.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A private, real clustered (Raft) Open_vSwitch database on loopback: member 1 creates the cluster with
 * {@code ovsdb-tool create-cluster}, the others {@code join-cluster}, and each runs its own ovsdb-server with a unix
 * socket, a client TCP port and a Raft port, all under one short directory in /tmp.
 *
 * <pre>{@code
 * try (ClusterSandbox cluster = ClusterSandbox.start(ClusterSpec.defaults())) {
 *     String remotes = cluster.remotes();          // tcp:127.0.0.1:P1,tcp:127.0.0.1:P2,tcp:127.0.0.1:P3
 *     int killed = cluster.killLeader();
 *     int next = cluster.awaitLeader(Duration.ofSeconds(10));
 *     cluster.restartMember(killed);
 * }
 * }</pre>
 *
 * <p>Members are numbered from 1. Fault operations (kill, pause, restart, leadership transfer) act on one member by
 * its pid file, never by name. {@link #close()} continues paused members, stops all by their pid files and deletes
 * the directory (kept, and named in the error, if a step failed). Thread-safe.
 */
public final class ClusterSandbox implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ClusterSandbox.class);
    private static final Duration MIN_TOOL_TIMEOUT = Duration.ofSeconds(30);

    private final ClusterSpec spec;
    private final SandboxDirs dirs;
    private final String database;
    private final List<ClusterMember> members;
    private final Thread shutdownHook;
    private boolean closed;

    private ClusterSandbox(ClusterSpec spec, SandboxDirs dirs, String database, List<ClusterMember> members) {
        this.spec = spec;
        this.dirs = dirs;
        this.database = database;
        this.members = List.copyOf(members);
        this.shutdownHook = new Thread(this::closeFromHook, "cluster-sandbox-" + dirs.name() + "-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Creates the cluster, starts every member and waits until all have joined and agree on a leader. */
    public static ClusterSandbox start(ClusterSpec spec) {
        List<Path> missing = spec.binaries().missingForOvsdbServer();
        if (!missing.isEmpty()) {
            throw new SandboxException("Open vSwitch programs are missing: " + missing
                    + " (run scripts/install-deps.sh)");
        }
        SandboxDirs dirs = SandboxDirs.create(spec.tempRoot());
        Duration toolTimeout = spec.startTimeout().compareTo(MIN_TOOL_TIMEOUT) > 0 ? spec.startTimeout()
                : MIN_TOOL_TIMEOUT;
        ToolRunner tools = new ToolRunner(dirs.dir(), toolTimeout);
        SandboxStartup startup = new SandboxStartup(dirs);
        try {
            String schema = spec.binaries().vswitchSchema().toString();
            String database = tools.run(spec.binaries().ovsdbTool(), "schema-name", schema).orThrow().output();
            List<Integer> raftPorts = RaftPorts.pick(spec.members());
            List<ClusterMember> members = new ArrayList<>();
            for (int i = 0; i < spec.members(); i++) {
                ClusterMember member = new ClusterMember(i + 1, dirs.dir(), database, raftPorts.get(i),
                        spec.binaries(), tools, spec.startTimeout());
                if (i == 0) {
                    tools.run(spec.binaries().ovsdbTool(), "create-cluster", member.dbFile().toString(), schema,
                            member.raftAddress()).orThrow();
                } else {
                    List<String> join = new ArrayList<>(List.of(spec.binaries().ovsdbTool().toString(),
                            "join-cluster", member.dbFile().toString(), database, member.raftAddress()));
                    members.forEach(m -> join.add(m.raftAddress()));
                    tools.run(join).orThrow();
                }
                startup.started(() -> member.stop(spec.stopTimeout()));
                member.start();
                members.add(member);
            }
            ClusterSandbox cluster = new ClusterSandbox(spec, dirs, database, members);
            cluster.awaitFormed(spec.startTimeout());
            if (!spec.electionTimer().equals(ClusterSpec.DEFAULT_ELECTION_TIMER)) {
                cluster.changeElectionTimer(spec.electionTimer());
            }
            log.debug("cluster {} formed: {}", dirs.dir(), cluster.remotes());
            return cluster;
        } catch (RuntimeException e) {
            startup.abandon(e);
            throw e;
        }
    }

    public ClusterSpec spec() {
        return spec;
    }

    public Path dir() {
        return dirs.dir();
    }

    public String name() {
        return dirs.name();
    }

    /** The clustered database's name, from the schema (Open_vSwitch for vswitch.ovsschema). */
    public String databaseName() {
        return database;
    }

    public int size() {
        return members.size();
    }

    /** Member {@code number}, counted from 1. */
    public ClusterMember member(int number) {
        if (number < 1 || number > members.size()) {
            throw new SandboxException("the cluster has members 1 to " + members.size() + ", not " + number);
        }
        return members.get(number - 1);
    }

    public List<ClusterMember> members() {
        return members;
    }

    /** Every member's client remote, in member order: {@code tcp:127.0.0.1:P1,tcp:127.0.0.1:P2,...}. */
    public String remotes() {
        return members.stream().map(ClusterMember::tcpRemote).collect(Collectors.joining(","));
    }

    public List<String> remoteList() {
        return members.stream().map(ClusterMember::tcpRemote).toList();
    }

    /** The member that says it leads with the highest term, among those running and not paused. */
    public OptionalInt leader() {
        return members.stream()
                .flatMap(m -> m.statusIfAnswering().filter(ClusterStatus::isLeader)
                        .map(s -> new Leading(m.number(), s.term())).stream())
                .max(Comparator.comparingLong(Leading::term))
                .map(l -> OptionalInt.of(l.member()))
                .orElse(OptionalInt.empty());
    }

    /** Waits until a running member leads and every other answering member follows it; returns its number. */
    public int awaitLeader(Duration timeout) {
        return awaitLeaderOtherThan(0, timeout);
    }

    /** Like {@link #awaitLeader} but the leader must not be member {@code previous} (0 accepts any). */
    public int awaitLeaderOtherThan(int previous, Duration timeout) {
        int[] found = {0};
        boolean agreed = Polling.await(() -> {
            found[0] = agreedLeader().orElse(0);
            return found[0] != 0 && found[0] != previous;
        }, timeout, Duration.ofMillis(50));
        if (!agreed) {
            throw new SandboxException("no member other than " + previous + " became the agreed leader within "
                    + timeout + "; " + describe());
        }
        return found[0];
    }

    /** SIGKILLs member {@code number} and waits until it is gone. */
    public synchronized void killMember(int number) {
        requireOpen();
        member(number).kill(spec.stopTimeout());
        log.debug("cluster {}: killed member {}", dirs.name(), number);
    }

    /** Finds the leader, SIGKILLs it and returns its number; the others then elect a new one. */
    public synchronized int killLeader() {
        int leader = awaitLeader(spec.startTimeout());
        killMember(leader);
        return leader;
    }

    /** SIGSTOPs member {@code number}: it stays connected but silent. Undo with {@link #resumeMember}. */
    public synchronized void pauseMember(int number) {
        requireOpen();
        member(number).pause();
    }

    public synchronized void resumeMember(int number) {
        requireOpen();
        member(number).resume();
    }

    /** Starts a killed or stopped member again on its database file and waits until it is back in the cluster. */
    public synchronized void restartMember(int number) {
        requireOpen();
        ClusterMember member = member(number);
        member.start();
        awaitMember(number, spec.startTimeout());
    }

    /** Waits until member {@code number} is a cluster member that knows the leader. */
    public void awaitMember(int number, Duration timeout) {
        ClusterMember member = member(number);
        boolean joined = Polling.await(() -> member.statusIfAnswering()
                .filter(s -> s.isMember() && s.leaderShortId().isPresent()).isPresent(), timeout, Duration.ofMillis(50));
        if (!joined) {
            throw new SandboxException("member " + number + " did not rejoin within " + timeout + "; " + describe()
                    + SandboxLogs.describeTail(member.logFile()));
        }
    }

    /**
     * Moves leadership without losing a member: pauses the leader until another member wins an election, then
     * continues it (it steps down on seeing the higher term). OVS 3.1 has no transfer command. Returns the new leader.
     */
    public synchronized int transferLeadership() {
        requireOpen();
        int old = awaitLeader(spec.startTimeout());
        member(old).pause();
        try {
            return awaitLeaderOtherThan(old, spec.startTimeout());
        } finally {
            member(old).resume();
        }
    }

    /** {@code cluster/change-election-timer} on the leader; OVS allows at most doubling it per call. */
    public synchronized void changeElectionTimer(Duration timer) {
        requireOpen();
        int leader = awaitLeader(spec.startTimeout());
        member(leader).appctl("cluster/change-election-timer", database, Long.toString(timer.toMillis())).orThrow();
    }

    /** One line per member: running, paused or down, and its role and leader when it answers. */
    public String describe() {
        return members.stream().map(m -> "m" + m.number() + "=" + (m.isPaused() ? "paused"
                        : !m.isRunning() ? "down"
                        : m.statusIfAnswering().map(s -> s.role() + "/" + s.status() + "/leader " + s.leader()
                                + "/term " + s.term()).orElse("silent")))
                .collect(Collectors.joining(", "));
    }

    /** Copies the members' database files and logs to {@code target}, e.g. to keep them after a failed test. */
    public List<Path> copyArtifactsTo(Path target) {
        List<Path> copies = new ArrayList<>(SandboxArtifacts.copy(dirs.dir(), target));
        for (ClusterMember member : members) {
            Path db = member.dbFile();
            if (Files.isRegularFile(db)) {
                try {
                    Files.createDirectories(target);
                    copies.add(Files.copy(db, target.resolve(db.getFileName()), StandardCopyOption.REPLACE_EXISTING));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot copy " + db + " to " + target, e);
                }
            }
        }
        return List.copyOf(copies);
    }

    /** Stops every member and deletes the directory (kept if a step failed). Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            log.debug("JVM is shutting down; closing cluster {} now", dirs.name());
        }
        SandboxTeardown teardown = new SandboxTeardown(dirs);
        for (ClusterMember member : members) {
            teardown.step("stop member " + member.number(), () -> member.stop(spec.stopTimeout()));
        }
        teardown.finish();
    }

    private void awaitFormed(Duration timeout) {
        boolean formed = Polling.await(() -> members.stream().allMatch(m -> m.statusIfAnswering()
                .filter(s -> s.isMember() && s.servers().size() == members.size()).isPresent())
                && agreedLeader().isPresent(), timeout, Duration.ofMillis(50));
        if (!formed) {
            throw new SandboxException("the cluster did not form within " + timeout + "; " + describe());
        }
    }

    /** The leader every answering member names, if they agree and it answers as leader itself. */
    private OptionalInt agreedLeader() {
        List<Optional<ClusterStatus>> statuses = members.stream().map(ClusterMember::statusIfAnswering).toList();
        Optional<ClusterStatus> leading = statuses.stream().flatMap(Optional::stream).filter(ClusterStatus::isLeader)
                .max(Comparator.comparingLong(ClusterStatus::term));
        if (leading.isEmpty()) {
            return OptionalInt.empty();
        }
        String leaderId = leading.get().shortId();
        boolean allFollow = statuses.stream().flatMap(Optional::stream)
                .allMatch(s -> s.leaderShortId().filter(leaderId::equals).isPresent());
        if (!allFollow) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < statuses.size(); i++) {
            if (statuses.get(i).filter(s -> s.serverId().equals(leading.get().serverId())).isPresent()) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    private void closeFromHook() {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        log.warn("cluster sandbox {} was not closed; closing it at JVM exit", dirs.dir());
        close();
    }

    private void requireOpen() {
        if (closed) {
            throw new SandboxException("cluster sandbox " + dirs.name() + " is closed");
        }
    }

    private record Leading(int member, long term) {
    }
}
