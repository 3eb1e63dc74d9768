package io.ovsguard.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.ovsguard.sandbox.DaemonProcess;
import io.ovsguard.sandbox.OvsSandbox;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs small fixture classes through the Jupiter engine and checks what the extension did with their sandboxes.
 * The fixtures are nested classes, which surefire does not run on its own.
 */
@RequiresOvs
class OvsSandboxExtensionTest {
    /** Sandboxes the fixtures saw, in order; fixtures run on this thread, one at a time. */
    static final List<OvsSandbox> SEEN = new CopyOnWriteArrayList<>();

    @TempDir
    Path keepRoot;

    @BeforeEach
    void forgetEarlierFixtures() {
        SEEN.clear();
    }

    private EngineExecutionResults run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(FailureArchive.ROOT_PARAMETER, keepRoot.toString())
                .selectors(selectClass(fixture))
                .execute();
    }

    @Test
    void keepsConfDbAndLogsOfAFailedTestAndStillRemovesTheSandbox() {
        EngineExecutionResults results = run(FailingTestFixture.class);

        OvsSandbox sandbox = SEEN.get(0);
        Path kept = keepRoot.resolve(FailingTestFixture.class.getName()).resolve("failsAfterUsingTheSandbox")
                .resolve(sandbox.name());
        results.testEvents().assertStatistics(s -> s.failed(1));
        assertThat(kept.resolve("conf.db")).isRegularFile();
        assertThat(kept.resolve("ovsdb-server.log")).isRegularFile();
        assertThat(sandbox.dir()).doesNotExist();
        assertThat(sandbox.isOvsdbServerRunning()).isFalse();
    }

    @Test
    void keepsNothingForAPassingTest() {
        EngineExecutionResults results = run(PassingTestFixture.class);

        results.testEvents().assertStatistics(s -> s.succeeded(1));
        assertThat(keepRoot).isEmptyDirectory();
        assertThat(SEEN.get(0).dir()).doesNotExist();
    }

    @Test
    void staticFieldSandboxIsSharedByTheClassAndInstanceFieldSandboxIsFreshPerTest() {
        EngineExecutionResults results = run(FieldsFixture.class);

        results.testEvents().assertStatistics(s -> s.succeeded(2));
        // each test records (shared, own)
        assertThat(SEEN).hasSize(4);
        assertThat(SEEN.get(0)).isSameAs(SEEN.get(2));
        assertThat(SEEN.get(1)).isNotSameAs(SEEN.get(3));
        assertThat(SEEN.get(1).tcpPort()).isPresent();
        assertThat(SEEN).allSatisfy(s -> assertThat(s.dir()).doesNotExist());
    }

    @Test
    void failureInATestKeepsTheClassSandboxUnderThatTestsName() {
        run(ClassSandboxFailureFixture.class);

        OvsSandbox shared = SEEN.get(0);
        Path keptForTest = keepRoot.resolve(ClassSandboxFailureFixture.class.getName()).resolve("fails");
        assertThat(keptForTest.resolve(shared.name()).resolve("conf.db")).isRegularFile();
        assertThat(keptForTest).isDirectoryContaining(p -> p.getFileName().toString().equals(shared.name()));
        assertThat(keptForTest.toFile().list()).hasSize(1);
        assertThat(shared.dir()).doesNotExist();
        assertThat(shared.ovsdbServerPid()).isEmpty();
    }

    @Test
    void sandboxProcessesAreGoneAfterTheFixtureEnds() {
        run(PidRecordingFixture.class);

        long pid = PidRecordingFixture.pid;
        assertThat(pid).isPositive();
        assertThat(DaemonProcess.isLive(pid)).isFalse();
    }

    @ExtendWith(OvsSandboxExtension.class)
    static class FailingTestFixture {
        @Test
        void failsAfterUsingTheSandbox(OvsSandbox sandbox) {
            SEEN.add(sandbox);
            sandbox.vsctl("--no-wait", "add-br", "kept").orThrow();
            assertThat(sandbox.vsctl("list-br").output()).isEqualTo("not what it is");
        }
    }

    @ExtendWith(OvsSandboxExtension.class)
    static class PassingTestFixture {
        @Test
        void passes(@WithSandbox OvsSandbox sandbox) {
            SEEN.add(sandbox);
            assertThat(sandbox.isOvsdbServerRunning()).isTrue();
        }
    }

    @ExtendWith(OvsSandboxExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class FieldsFixture {
        @WithSandbox
        static OvsSandbox shared;

        @WithSandbox(tcp = true)
        OvsSandbox own;

        @Test
        @Order(1)
        void first() {
            SEEN.add(shared);
            SEEN.add(own);
        }

        @Test
        @Order(2)
        void second() {
            SEEN.add(shared);
            SEEN.add(own);
            assertThat(SEEN.get(1).dir()).as("the first test's own sandbox is gone").doesNotExist();
            assertThat(shared.isOvsdbServerRunning()).isTrue();
        }
    }

    @ExtendWith(OvsSandboxExtension.class)
    static class ClassSandboxFailureFixture {
        @WithSandbox
        static OvsSandbox shared;

        @Test
        void fails() {
            SEEN.add(shared);
            throw new AssertionError("deliberate");
        }
    }

    @ExtendWith(OvsSandboxExtension.class)
    static class PidRecordingFixture {
        static long pid;

        @Test
        void records(OvsSandbox sandbox) {
            pid = sandbox.ovsdbServerPid().orElseThrow();
        }
    }
}
