package io.ovsguard.ovsdb.replica;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.error.ConnectionLostException;
import io.ovsguard.ovsdb.error.RpcErrorException;
import io.ovsguard.ovsdb.jsonrpc.RpcError;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class MonitorFallbackTest {

    private static final RpcErrorException UNKNOWN_METHOD = new RpcErrorException("monitor_cond_since",
            RpcError.UNKNOWN_METHOD);

    @Test
    void unknownMethodStepsDownOneMethodAtATime() {
        assertThat(MonitorFallback.after(MonitorMethod.MONITOR_COND_SINCE, UNKNOWN_METHOD))
                .contains(MonitorMethod.MONITOR_COND);
        assertThat(MonitorFallback.after(MonitorMethod.MONITOR_COND, new CompletionException(UNKNOWN_METHOD)))
                .contains(MonitorMethod.MONITOR);
        assertThat(MonitorFallback.after(MonitorMethod.MONITOR, UNKNOWN_METHOD)).isEmpty();
    }

    @Test
    void decidesByTheErrorValueNotByTheMessageText() {
        RpcErrorException otherErrorSameWords = new RpcErrorException("monitor_cond_since",
                new RpcError("syntax error", Optional.of("unknown method"), "{\"error\":\"syntax error\"}"));
        assertThat(MonitorFallback.after(MonitorMethod.MONITOR_COND_SINCE, otherErrorSameWords)).isEmpty();
    }

    @Test
    void aLostConnectionIsNoReasonToFallBack() {
        assertThat(MonitorFallback.after(MonitorMethod.MONITOR_COND_SINCE,
                new ConnectionLostException("unknown method"))).isEmpty();
    }
}
