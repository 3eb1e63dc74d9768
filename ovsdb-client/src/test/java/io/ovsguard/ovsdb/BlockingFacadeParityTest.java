package io.ovsguard.ovsdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Keeps the blocking facade in step with the asynchronous client, method by method. */
class BlockingFacadeParityTest {

    /** Lifecycle methods that only make sense asynchronously; {@code close()} covers them when blocking. */
    private static final Set<String> ASYNC_ONLY = Set.of("closeFuture", "closeAsync");

    @Test
    void everyAsyncMethodHasABlockingTwinWithTheUnwrappedResult() {
        List<String> missing = new ArrayList<>();
        for (Method method : OvsdbClient.class.getMethods()) {
            if (ASYNC_ONLY.contains(method.getName()) || method.isDefault()) {
                continue;
            }
            Method twin;
            try {
                twin = BlockingOvsdbClient.class.getMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException e) {
                missing.add(signature(method));
                continue;
            }
            assertThat(twin.getReturnType()).as("return type of blocking %s", signature(method))
                    .isEqualTo(blockingReturnType(method));
        }
        assertThat(missing).as("OvsdbClient methods without a blocking twin").isEmpty();
    }

    @Test
    void blockingFacadeAddsNoCallOfItsOwn() {
        Set<String> asyncNames = Set.copyOf(Arrays.stream(OvsdbClient.class.getMethods()).map(Method::getName).toList());
        List<String> extra = Arrays.stream(BlockingOvsdbClient.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                .filter(m -> !java.lang.reflect.Modifier.isStatic(m.getModifiers()))
                .map(Method::getName)
                .filter(name -> !asyncNames.contains(name) && !name.equals("async"))
                .toList();
        assertThat(extra).as("public blocking methods with no asynchronous twin").isEmpty();
    }

    private static Class<?> blockingReturnType(Method method) {
        if (method.getReturnType() != CompletableFuture.class) {
            return method.getReturnType();
        }
        Type value = ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
        Class<?> raw = value instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) value;
        if (raw == Void.class) {
            return void.class;
        }
        if (raw == Boolean.class) {
            return boolean.class;
        }
        return raw;
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.toString(method.getParameterTypes());
    }
}
