package io.ovsguard.it.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.sandbox.junit.RequiresOvs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One fault of each kind in the middle of a stream of transactions, against a real ovsdb-server:
 * afterwards every transaction reported committed is in the database exactly once, none reported
 * failed is, every unknown outcome was settled by its check, and the replica equals a fresh dump.
 * The soak harness ({@code scripts/soak-client.sh}) loops the same rounds many times.
 */
@RequiresOvs
class SessionFaultIT {

    private static final int TRANSACTIONS = 30;
    private static FaultRig rig;

    @BeforeAll
    static void startRig() throws Exception {
        rig = new FaultRig();
    }

    @AfterAll
    static void stopRig() throws Exception {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void killNineOfTheServerMidStreamLosesAndDuplicatesNothing() throws Exception {
        FaultRig.RoundResult result = rig.round(Fault.KILL_SERVER, TRANSACTIONS);

        assertThat(result.violations()).isEmpty();
        assertThat(result.replicaMatches()).as("replica equals a fresh dump").isTrue();
        assertThat(result.reported().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(TRANSACTIONS);
    }

    @Test
    void stoppedServerIsDetectedByTheProbeAndNothingIsLost() throws Exception {
        FaultRig.RoundResult result = rig.round(Fault.STOP_SERVER, TRANSACTIONS);

        assertThat(result.violations()).isEmpty();
        assertThat(result.replicaMatches()).as("replica equals a fresh dump").isTrue();
        // the probe sends echo after one idle interval and drops the peer after a second; allow scheduling slack
        assertThat(result.deadPeerDetection()).isLessThan(FaultRig.PROBE.multipliedBy(2).plusMillis(1500));
    }

    @Test
    void connectionCutInsideAServerMessageLosesNothing() throws Exception {
        int cutsBefore = rig.proxyCuts();
        FaultRig.RoundResult result = rig.round(Fault.CUT_SERVER_TO_CLIENT, TRANSACTIONS);

        assertThat(rig.proxyCuts()).as("the proxy cut a connection").isGreaterThan(cutsBefore);
        assertThat(result.violations()).isEmpty();
        assertThat(result.replicaMatches()).as("replica equals a fresh dump").isTrue();
    }

    @Test
    void connectionCutInsideAClientMessageLosesNothing() throws Exception {
        int cutsBefore = rig.proxyCuts();
        FaultRig.RoundResult result = rig.round(Fault.CUT_CLIENT_TO_SERVER, TRANSACTIONS);

        assertThat(rig.proxyCuts()).as("the proxy cut a connection").isGreaterThan(cutsBefore);
        assertThat(result.violations()).isEmpty();
        assertThat(result.replicaMatches()).as("replica equals a fresh dump").isTrue();
    }
}
