package io.ovsguard.cli.vswitch;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.exec.Prerequisites;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwitchReadsTest {

    private static List<Condition> named(String name) {
        return List.of(Condition.equal("name", Atom.string(name)));
    }

    @Test
    void aScopedPictureFetchesTheNamedPortsAndInterfacesAndEveryFakeBridge() {
        Prerequisites p = new Prerequisites();

        SwitchReads.topologyOfNames(p, List.of("p1", "p1"), List.of("i1", "i2"));

        assertThat(p.restrictionsOf("Port")).containsExactly(named("p1"),
                List.of(Condition.equal("fake_bridge", Atom.bool(true))));
        assertThat(p.restrictionsOf("Interface")).containsExactly(named("i1"), named("i2"));
        assertThat(p.restrictionsOf("Bridge")).isEmpty();
        assertThat(p.columnsOf("Bridge")).contains("name", "ports");
    }

    @Test
    void withoutInterfaceNamesOnlyTheFetchedPortsInterfacesAreFetched() {
        Prerequisites p = new Prerequisites();

        SwitchReads.topologyOfNames(p, List.of("p1"), List.of());

        assertThat(p.restrictionsOf("Interface")).containsExactly(List.of(Condition.uuidIs(Uuid.ZERO)));
    }

    @Test
    void theWholePictureRestrictsNothing() {
        Prerequisites p = new Prerequisites();

        SwitchReads.topology(p);

        assertThat(List.of("Bridge", "Port", "Interface")).allSatisfy(t -> assertThat(p.restrictionsOf(t)).isEmpty());
    }
}
