package io.ovsguard.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.ovsguard.sandbox.ClusterSandbox;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs fixture classes through the Jupiter engine and checks what the extension did with their clusters. */
@RequiresOvs
class ClusterSandboxExtensionTest {
    static final List<ClusterSandbox> SEEN = new CopyOnWriteArrayList<>();

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
    void givesEachParameterAFormedClusterAndRemovesItAfterTheTest() {
        EngineExecutionResults results = run(PassingFixture.class);

        results.testEvents().assertStatistics(s -> s.succeeded(1));
        assertThat(SEEN).hasSize(2);
        assertThat(SEEN.get(0).size()).isEqualTo(3);
        assertThat(SEEN.get(1).size()).isEqualTo(1);
        assertThat(SEEN).allSatisfy(c -> {
            assertThat(c.dir()).doesNotExist();
            assertThat(c.members()).allSatisfy(m -> assertThat(m.isRunning()).isFalse());
        });
        assertThat(keepRoot).isEmptyDirectory();
    }

    @Test
    void keepsTheMembersFilesOfAFailedTest() {
        EngineExecutionResults results = run(FailingFixture.class);

        ClusterSandbox cluster = SEEN.get(0);
        Path kept = keepRoot.resolve(FailingFixture.class.getName()).resolve("failsAfterUsingTheCluster")
                .resolve(cluster.name());
        results.testEvents().assertStatistics(s -> s.failed(1));
        assertThat(kept.resolve("m1.db")).isRegularFile();
        assertThat(kept.resolve("m1.log")).isRegularFile();
        assertThat(cluster.dir()).doesNotExist();
    }

    @ExtendWith(ClusterSandboxExtension.class)
    static class PassingFixture {
        @Test
        void usesTwoClusters(ClusterSandbox three, @WithCluster(members = 1) ClusterSandbox one) {
            SEEN.add(three);
            SEEN.add(one);
            assertThat(three.leader()).isPresent();
            assertThat(one.leader()).hasValue(1);
        }
    }

    @ExtendWith(ClusterSandboxExtension.class)
    static class FailingFixture {
        @Test
        void failsAfterUsingTheCluster(@WithCluster(members = 1) ClusterSandbox cluster) {
            SEEN.add(cluster);
            assertThat(cluster.size()).as("deliberate failure").isEqualTo(99);
        }
    }
}
