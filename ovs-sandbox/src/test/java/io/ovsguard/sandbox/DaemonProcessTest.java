package io.ovsguard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Liveness as the sandbox needs it: a process is gone only when its last thread is. The subject is a python3 whose
 * main thread calls pthread_exit while a second thread sleeps, which leaves exactly the state of a SIGKILLed
 * ovs-vswitchd whose PMD thread has not exited yet: the leader shows as a zombie, the process still holds its memory.
 */
class DaemonProcessTest {
    private static final String ZOMBIE_LEADER = "import ctypes, threading, time\n"
            + "threading.Thread(target=time.sleep, args=(120,)).start()\n"
            + "ctypes.CDLL(None).pthread_exit(None)\n";

    @Test
    void countsAProcessWhoseMainThreadIsAZombieButWhoseOtherThreadsRunAsLive() throws IOException {
        Process python = new ProcessBuilder("python3", "-c", ZOMBIE_LEADER).start();
        try {
            long pid = python.pid();
            boolean leaderZombie = Polling.await(() -> leaderState(pid) == 'Z', Duration.ofSeconds(30));

            assertThat(leaderZombie).as("main thread of %d became a zombie", pid).isTrue();
            assertThat(liveThreads(pid)).isNotEmpty();
            assertThat(DaemonProcess.isLive(pid)).isTrue();

            python.destroyForcibly();
            boolean gone = Polling.await(() -> !DaemonProcess.isLive(pid), Duration.ofSeconds(30));

            assertThat(gone).isTrue();
        } finally {
            python.destroyForcibly();
        }
    }

    @Test
    void countsAnExitedProcessAsGone() throws Exception {
        Process shell = new ProcessBuilder("/bin/true").start();
        long pid = shell.pid();
        shell.waitFor();

        assertThat(DaemonProcess.isLive(pid)).isFalse();
    }

    @Test
    void countsARunningProcessAsLive() {
        assertThat(DaemonProcess.isLive(ProcessHandle.current().pid())).isTrue();
    }

    private static char leaderState(long pid) {
        return state(Path.of("/proc", Long.toString(pid), "stat"));
    }

    private static List<Path> liveThreads(long pid) throws IOException {
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.filter(t -> state(t.resolve("stat")) != 'Z').toList();
        }
    }

    private static char state(Path stat) {
        try {
            String text = Files.readString(stat);
            return text.charAt(text.lastIndexOf(')') + 2);
        } catch (IOException gone) {
            return 'X';
        }
    }
}
