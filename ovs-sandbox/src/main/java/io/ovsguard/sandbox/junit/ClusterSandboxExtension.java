package io.ovsguard.sandbox.junit;

import io.ovsguard.sandbox.ClusterSandbox;
import io.ovsguard.sandbox.ClusterSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives each test (or {@code @BeforeAll}) parameter of type {@link ClusterSandbox} a freshly formed cluster,
 * configured by {@link WithCluster}, and closes it through JUnit's store when the test (or class) ends. When a test
 * fails, the members' database files and logs are first copied to
 * {@code target/it-sandboxes/<class>/<method>/<cluster>/} (root moved by {@code ovsguard.sandbox.keep-dir}).
 */
public final class ClusterSandboxExtension implements ParameterResolver, AfterEachCallback {
    private static final Logger log = LoggerFactory.getLogger(ClusterSandboxExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ClusterSandboxExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ClusterSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ClusterSpec spec = ClusterSpec.defaults();
        Optional<WithCluster> config = parameter.findAnnotation(WithCluster.class);
        if (config.isPresent()) {
            spec = new ClusterSpec(config.get().members(), spec.binaries(), spec.tempRoot(), spec.startTimeout(),
                    spec.stopTimeout(), Duration.ofMillis(config.get().electionTimerMs()));
        }
        ClusterSandbox cluster = ClusterSandbox.start(spec);
        // the store closes AutoCloseable values when its context ends; keys name the context so a test's clusters
        // never land in (and outlive the test in) its class's store
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        store.getOrComputeIfAbsent(listKey(context), k -> new ClusterList(), ClusterList.class).add(cluster);
        store.put("cluster:" + context.getUniqueId() + ":" + cluster.name(), cluster);
        return cluster;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Path root = context.getConfigurationParameter(FailureArchive.ROOT_PARAMETER).map(Path::of)
                .orElse(FailureArchive.DEFAULT_ROOT);
        FailureArchive archive = new FailureArchive(root);
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            ExtensionContext owner = c.get();
            for (ClusterSandbox cluster : clustersOf(owner)) {
                Path target = archive.directoryFor(context.getRequiredTestClass().getName(),
                        context.getRequiredTestMethod().getName(), cluster.name());
                List<Path> copied = cluster.copyArtifactsTo(target);
                log.info("test {} failed; kept {} files of cluster {} in {}", context.getDisplayName(), copied.size(),
                        cluster.name(), target);
            }
        }
    }

    private static List<ClusterSandbox> clustersOf(ExtensionContext context) {
        ClusterList list = context.getStore(NAMESPACE).get(listKey(context), ClusterList.class);
        return list == null ? List.of() : list.clusters();
    }

    private static String listKey(ExtensionContext context) {
        return "clusters:" + context.getUniqueId();
    }

    /** The clusters one context started, for archiving on failure; closing is left to the individual entries. */
    private static final class ClusterList {
        private final List<ClusterSandbox> clusters = new ArrayList<>();

        synchronized void add(ClusterSandbox cluster) {
            clusters.add(cluster);
        }

        synchronized List<ClusterSandbox> clusters() {
            return List.copyOf(clusters);
        }
    }
}
