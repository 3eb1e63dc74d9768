package io.ovsguard.sandbox.junit;

import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.SandboxSpec;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts {@link OvsSandbox}es for tests and closes them through JUnit's store.
 *
 * <ul>
 *   <li>{@code static} fields annotated {@link WithSandbox}: one sandbox per class, started before all tests;</li>
 *   <li>instance fields annotated {@link WithSandbox}: a fresh sandbox per test;</li>
 *   <li>parameters of type {@code OvsSandbox} (annotated or not): a fresh sandbox per test method, or per class for
 *       {@code @BeforeAll} parameters.</li>
 * </ul>
 *
 * <p>When a test fails, conf.db and the logs of every sandbox it could see (its own and its class's) are copied to
 * {@code target/it-sandboxes/<class>/<method>/<sandbox>/} before the sandboxes are torn down; a failure at class level
 * is kept under {@code <class>/class/}. The root can be moved with the configuration parameter
 * {@code ovsguard.sandbox.keep-dir}.
 */
public final class OvsSandboxExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {
    private static final Logger log = LoggerFactory.getLogger(OvsSandboxExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(OvsSandboxExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        for (Field field : annotatedFields(context.getRequiredTestClass(), true)) {
            inject(field, null, context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field field : annotatedFields(instance.getClass(), false)) {
                inject(field, instance, context);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            keep(context, context.getRequiredTestMethod().getName(), visibleSandboxes(context));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            keep(context, "class", registry(context).sandboxes());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == OvsSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        WithSandbox config = parameter.findAnnotation(WithSandbox.class).orElse(null);
        return startIn(context, SandboxSpecs.from(config));
    }

    private void inject(Field field, Object instance, ExtensionContext context) {
        if (field.getType() != OvsSandbox.class) {
            throw new ExtensionConfigurationException("@WithSandbox field " + field.getName() + " must be of type "
                    + OvsSandbox.class.getSimpleName());
        }
        if (Modifier.isFinal(field.getModifiers())) {
            throw new ExtensionConfigurationException("@WithSandbox field " + field.getName() + " must not be final");
        }
        OvsSandbox sandbox = startIn(context, SandboxSpecs.from(field.getAnnotation(WithSandbox.class)));
        try {
            field.setAccessible(true);
            field.set(instance, sandbox);
        } catch (IllegalAccessException e) {
            throw new ExtensionConfigurationException("cannot set @WithSandbox field " + field.getName(), e);
        }
    }

    private static OvsSandbox startIn(ExtensionContext context, SandboxSpec spec) {
        OvsSandbox sandbox = OvsSandbox.start(spec);
        registry(context).add(sandbox);
        return sandbox;
    }

    /**
     * This context's own registry. Store look-ups fall back to the parent contexts, so the key names the context:
     * otherwise a test would find (and fill) its class's registry, and its sandboxes would outlive it.
     */
    private static SandboxRegistry registry(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(registryKey(context), k -> new SandboxRegistry(),
                SandboxRegistry.class);
    }

    private static String registryKey(ExtensionContext context) {
        return "sandboxes:" + context.getUniqueId();
    }

    /** The test's own sandboxes and those of every enclosing class context, nearest first. */
    private static List<OvsSandbox> visibleSandboxes(ExtensionContext context) {
        List<OvsSandbox> all = new ArrayList<>();
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            SandboxRegistry registry = c.get().getStore(NAMESPACE).get(registryKey(c.get()), SandboxRegistry.class);
            if (registry != null) {
                all.addAll(registry.sandboxes());
            }
        }
        return all;
    }

    private static void keep(ExtensionContext context, String testName, List<OvsSandbox> sandboxes) {
        if (sandboxes.isEmpty()) {
            return;
        }
        Path root = context.getConfigurationParameter(FailureArchive.ROOT_PARAMETER).map(Path::of)
                .orElse(FailureArchive.DEFAULT_ROOT);
        List<Path> kept = new FailureArchive(root).keep(context.getRequiredTestClass().getName(), testName, sandboxes);
        log.info("test {} failed; kept sandbox files in {}", context.getDisplayName(), kept);
    }

    private static List<Field> annotatedFields(Class<?> type, boolean statics) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(WithSandbox.class) && Modifier.isStatic(f.getModifiers()) == statics) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }
}
