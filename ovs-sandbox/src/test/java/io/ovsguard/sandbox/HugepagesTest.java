package io.ovsguard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HugepagesTest {
    private static final Duration SHORT_WAIT = Duration.ofMillis(300);

    @TempDir
    Path tmp;

    private Hugepages pool(HugepageCounters counters, Duration wait) {
        return new Hugepages(counters, tmp.resolve("hp.lock"), tmp.resolve("hp.ledger"), wait);
    }

    @Test
    void additiveReservationRaisesThePoolAndCloseLowersItByExactlyTheSame() {
        FakeHugepageCounters kernel = new FakeHugepageCounters(10, 3, 10_000, 1 << 24);
        Hugepages pool = pool(kernel, SHORT_WAIT);

        HugepageReservation reservation = pool.reserve(new HugepageDemand.Additional(36), "ovsg-aaaaaa");
        int during = kernel.total();
        List<HugepageLedger.Entry> ledgerDuring = pool.reservations();
        reservation.close();

        assertThat(during).isEqualTo(46);
        assertThat(ledgerDuring).extracting(HugepageLedger.Entry::owner).containsExactly("ovsg-aaaaaa");
        assertThat(kernel.total()).isEqualTo(10);
        assertThat(pool.reservations()).isEmpty();
    }

    @Test
    void overlappingReservationsDoNotUndoEachOtherWhateverTheCloseOrder() {
        FakeHugepageCounters kernel = FakeHugepageCounters.roomy();
        Hugepages pool = pool(kernel, SHORT_WAIT);

        HugepageReservation first = pool.reserve(new HugepageDemand.Additional(36), "ovsg-first1");
        HugepageReservation second = pool.reserve(new HugepageDemand.Additional(20), "ovsg-secnd2");
        kernel.use(30);
        first.close();
        int afterFirst = kernel.total();
        second.close();

        assertThat(afterFirst).isEqualTo(30);
        assertThat(kernel.free()).isZero();
        assertThat(pool.reservations()).isEmpty();
    }

    @Test
    void secondPoolObjectInTheSameJvmSeesTheFirstOnesLedger() {
        FakeHugepageCounters kernel = FakeHugepageCounters.roomy();
        Hugepages one = pool(kernel, SHORT_WAIT);
        Hugepages other = pool(kernel, SHORT_WAIT);

        try (HugepageReservation r = one.reserve(new HugepageDemand.Additional(4), "ovsg-one111")) {
            assertThat(other.reservations()).containsExactly(r.ledgerEntry().orElseThrow());
        }
    }

    @Test
    void givesBackAPartialGrantAndFailsWhenTheKernelGrantsFewerPages() {
        FakeHugepageCounters kernel = new FakeHugepageCounters(0, 0, 20, 1 << 24);
        Hugepages pool = pool(kernel, SHORT_WAIT);

        assertThatThrownBy(() -> pool.reserve(new HugepageDemand.Additional(36), "ovsg-frag11"))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("granted only 20 of 36");
        assertThat(kernel.total()).isZero();
        assertThat(pool.reservations()).isEmpty();
    }

    @Test
    void refusesAReservationLargerThanAvailableMemory() {
        FakeHugepageCounters kernel = new FakeHugepageCounters(0, 0, 10_000, 10 * 1024);
        Hugepages pool = pool(kernel, SHORT_WAIT);

        assertThatThrownBy(() -> pool.reserve(new HugepageDemand.Additional(36), "ovsg-small1"))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("only 10 MB of memory is available");
        assertThat(kernel.total()).isZero();
    }

    @Test
    void exactModeGrowsThePoolUntilExactlyNPagesAreFreeAndRestoresItOnClose() {
        FakeHugepageCounters kernel = new FakeHugepageCounters(8, 5, 10_000, 1 << 24);
        Hugepages pool = pool(kernel, SHORT_WAIT);

        HugepageReservation exact = pool.reserve(new HugepageDemand.ExactlyFree(64), "ovsg-exact1");
        int freeDuring = kernel.free();
        int added = exact.pagesAdded();
        exact.close();

        assertThat(freeDuring).isEqualTo(64);
        assertThat(added).isEqualTo(61);
        assertThat(kernel.total()).isEqualTo(8);
    }

    @Test
    void exactModeShrinksThePoolWhenMorePagesAreFreeThanAsked() {
        FakeHugepageCounters kernel = new FakeHugepageCounters(100, 0, 10_000, 1 << 24);
        Hugepages pool = pool(kernel, SHORT_WAIT);

        try (HugepageReservation exact = pool.reserve(new HugepageDemand.ExactlyFree(10), "ovsg-exact2")) {
            assertThat(kernel.free()).isEqualTo(10);
            assertThat(exact.pagesAdded()).isEqualTo(-90);
        }
        assertThat(kernel.total()).isEqualTo(100);
    }

    @Test
    void reassertRestoresTheExactFreeCountAfterPagesWereTakenAndReturned() {
        FakeHugepageCounters kernel = FakeHugepageCounters.roomy();
        Hugepages pool = pool(kernel, SHORT_WAIT);

        try (HugepageReservation exact = pool.reserve(new HugepageDemand.ExactlyFree(10), "ovsg-exact3")) {
            kernel.use(4);
            exact.reassert();
            assertThat(kernel.free()).isEqualTo(10);
            assertThat(exact.pagesAdded()).isEqualTo(14);
        }
        assertThat(kernel.total()).isEqualTo(4);
    }

    @Test
    void exactModeKeepsEveryOtherReservationOutForItsWholeLife() {
        FakeHugepageCounters kernel = FakeHugepageCounters.roomy();
        Hugepages pool = pool(kernel, SHORT_WAIT);

        HugepageReservation exact = pool.reserve(new HugepageDemand.ExactlyFree(10), "ovsg-exact4");
        assertThatThrownBy(() -> pool.reserve(new HugepageDemand.Additional(4), "ovsg-later1"))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("held the hugepage lock");
        exact.close();

        try (HugepageReservation later = pool.reserve(new HugepageDemand.Additional(4), "ovsg-later1")) {
            assertThat(later.pagesAdded()).isEqualTo(4);
        }
    }

    @Test
    void exactModeWaitsForLiveReservationsAndNamesThemWhenTheyOutlastTheWait() {
        FakeHugepageCounters kernel = FakeHugepageCounters.roomy();
        Hugepages pool = pool(kernel, SHORT_WAIT);

        try (HugepageReservation shared = pool.reserve(new HugepageDemand.Additional(4), "ovsg-share1")) {
            assertThatThrownBy(() -> pool.reserve(new HugepageDemand.ExactlyFree(10), "ovsg-exact5"))
                    .isInstanceOf(SandboxException.class)
                    .hasMessageContaining("other sandboxes still hold hugepages")
                    .hasMessageContaining("ovsg-share1");
            assertThat(shared.pagesAdded()).isEqualTo(4);
        }
        assertThat(kernel.total()).isZero();
    }

    @Test
    void reclaimsTheReservationOfAJvmThatDied() throws Exception {
        FakeHugepageCounters kernel = new FakeHugepageCounters(36, 0, 10_000, 1 << 24);
        Files.writeString(tmp.resolve("hp.ledger"), "ovsg-dead11 " + pidOfAProcessThatExited() + " ADD 36\n");
        Hugepages pool = pool(kernel, SHORT_WAIT);

        try (HugepageReservation r = pool.reserve(new HugepageDemand.Additional(2), "ovsg-alive1")) {
            assertThat(kernel.total()).isEqualTo(r.pagesAdded());
            assertThat(pool.reservations()).extracting(HugepageLedger.Entry::owner).containsExactly("ovsg-alive1");
        }
    }

    @Test
    void whatDeadJvmsHoldIsGivenBackOnRequestAndALiveReservationStays() throws Exception {
        FakeHugepageCounters kernel = new FakeHugepageCounters(36, 0, 10_000, 1 << 24);
        Files.writeString(tmp.resolve("hp.ledger"), "ovsg-dead22 " + pidOfAProcessThatExited() + " ADD 36\n");
        Hugepages pool = pool(kernel, SHORT_WAIT);
        HugepageReservation alive = pool.reserve(new HugepageDemand.Additional(2), "ovsg-alive2");
        // the reservation above already reclaimed the dead line; write it again, as a sandbox killed meanwhile would
        Files.writeString(tmp.resolve("hp.ledger"), "ovsg-dead33 " + pidOfAProcessThatExited() + " ADD 4\n",
                java.nio.file.StandardOpenOption.APPEND);
        kernel.requestTotal(kernel.total() + 4);

        pool.giveBackWhatDeadJvmsHold();

        assertThat(kernel.total()).isEqualTo(2);
        assertThat(pool.reservations()).extracting(HugepageLedger.Entry::owner).containsExactly("ovsg-alive2");
        alive.close();
        assertThat(kernel.total()).isZero();
    }

    @Test
    void unmanagedDemandTouchesNothing() {
        FakeHugepageCounters kernel = new FakeHugepageCounters(7, 0, 10_000, 1 << 24);
        Hugepages pool = pool(kernel, SHORT_WAIT);

        try (HugepageReservation none = pool.reserve(new HugepageDemand.Unmanaged(), "ovsg-none11")) {
            assertThat(none.pagesAdded()).isZero();
            assertThat(pool.reservations()).isEmpty();
        }
        assertThat(kernel.total()).isEqualTo(7);
    }

    @Test
    void malformedLedgerFailsWithTheFileAndLine() throws Exception {
        Files.writeString(tmp.resolve("hp.ledger"), "garbage\n");
        Hugepages pool = pool(FakeHugepageCounters.roomy(), SHORT_WAIT);

        assertThatThrownBy(() -> pool.reserve(new HugepageDemand.Additional(2), "ovsg-x"))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("hp.ledger")
                .hasMessageContaining("'garbage'");
    }

    @Test
    void releasingAnOwnerGivesBackWhatItReservedWhicheverJvmReservedIt() {
        FakeHugepageCounters kernel = new FakeHugepageCounters(10, 3, 10_000, 1 << 24);
        Hugepages starter = pool(kernel, SHORT_WAIT);
        starter.reserve(new HugepageDemand.Additional(36), "ovsg-dddddd");
        HugepageReservation other = starter.reserve(new HugepageDemand.Additional(4), "ovsg-eeeeee");
        // the detached sandbox's starter never closes its reservation; a later process stops the sandbox
        Hugepages stopper = pool(kernel, SHORT_WAIT);

        int returned = stopper.releaseOwner("ovsg-dddddd");

        assertThat(returned).isEqualTo(36);
        assertThat(kernel.total()).isEqualTo(14);
        assertThat(stopper.reservations()).extracting(HugepageLedger.Entry::owner).containsExactly("ovsg-eeeeee");
        assertThat(stopper.releaseOwner("ovsg-dddddd")).isZero();
        other.close();
        assertThat(kernel.total()).isEqualTo(10);
    }

    /** The pid of a JVM that died, as the ledger would name it: a process that has exited. */
    private static long pidOfAProcessThatExited() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        return gone.pid();
    }
}
