package io.ovsguard.validator.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.validator.switchconf.ExistingInterface;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Building a {@link SwitchConfig} from selected rows as ovsdb-server returns them (OVS 3.1 schema shapes). */
class SwitchConfigReaderTest {

    private static Row root(Map<String, String> otherConfig) {
        Map<String, Datum> c = new LinkedHashMap<>();
        c.put("other_config", OvsdbMap.ofStrings(otherConfig));
        c.put("ovs_version", OvsdbSet.ofStrings("3.1.0"));
        c.put("dpdk_version", OvsdbSet.ofStrings("DPDK 22.11.11"));
        c.put("dpdk_initialized", OvsdbSet.of(Atom.bool(true)));
        return Row.of(c);
    }

    private static Row iface(String name, Datum mtuRequest, Datum mtu, Datum error, Datum ofport,
                             Map<String, String> options) {
        Map<String, Datum> c = new LinkedHashMap<>();
        c.put("name", OvsdbSet.ofStrings(name));
        c.put("type", OvsdbSet.ofStrings("dpdk"));
        c.put("options", OvsdbMap.ofStrings(options));
        c.put("mtu_request", mtuRequest);
        c.put("mtu", mtu);
        c.put("error", error);
        c.put("ofport", ofport);
        return Row.of(c);
    }

    private static OvsdbSet integer(long v) {
        return OvsdbSet.of(Atom.integer(v));
    }

    @Test
    void readsTheRootRowAndAHealthyDpdkInterface() {
        SwitchConfig config = SwitchConfigReader.toConfig(
                List.of(root(Map.of("dpdk-init", "true", "dpdk-socket-mem", "64"))),
                List.of(iface("p0", integer(1500), integer(1500), OvsdbSet.empty(), integer(1),
                        Map.of("dpdk-devargs", "net_null0"))));

        assertThat(config.otherConfig()).containsExactlyInAnyOrderEntriesOf(
                Map.of("dpdk-init", "true", "dpdk-socket-mem", "64"));
        assertThat(config.ovsVersion()).contains("3.1.0");
        assertThat(config.dpdkVersion()).contains("DPDK 22.11.11");
        assertThat(config.dpdkInitialized()).contains(true);
        assertThat(config.versionOverride()).isEmpty();
        assertThat(config.interfaces()).containsExactly(ExistingInterface.dpdk("p0", "net_null0", 1500, 1));
    }

    @Test
    void failedInterfaceKeepsItsErrorAndNegativeOfport() {
        String error = "could not add network device p1 to ofproto (Invalid argument)";
        SwitchConfig config = SwitchConfigReader.toConfig(List.of(root(Map.of())),
                List.of(iface("p1", integer(9000), OvsdbSet.empty(), OvsdbSet.ofStrings(error), integer(-1),
                        Map.of("dpdk-devargs", "net_null1"))));

        ExistingInterface p1 = config.interfaceNamed("p1").orElseThrow();
        assertThat(p1.error()).contains(error);
        assertThat(p1.ofport()).hasValue(-1);
        assertThat(p1.mtu()).isEmpty();
        assertThat(p1.mtuRequest()).hasValue(9000);
        assertThat(p1.failed()).isTrue();
    }

    @Test
    void malformedOptionAndOtherConfigTextIsKeptVerbatimForTheRules() {
        SwitchConfig config = SwitchConfigReader.toConfig(List.of(root(Map.of("dpdk-socket-mem", "256,,x"))),
                List.of(iface("p0", OvsdbSet.empty(), OvsdbSet.empty(), OvsdbSet.empty(), OvsdbSet.empty(),
                        Map.of("dpdk-devargs", "0000:zz:00.0", "n_rxq", "four"))));

        assertThat(config.other("dpdk-socket-mem")).contains("256,,x");
        assertThat(config.interfaces().get(0).options())
                .containsEntry("n_rxq", "four").containsEntry("dpdk-devargs", "0000:zz:00.0");
    }

    @Test
    void valuesOfAnUnexpectedTypeReadAsTextOrUnsetInsteadOfThrowing() {
        Map<String, Datum> odd = new LinkedHashMap<>();
        odd.put("name", OvsdbSet.ofStrings("p0"));
        odd.put("type", OvsdbSet.of(Atom.integer(7)));
        odd.put("options", OvsdbSet.ofStrings("not-a-map"));
        odd.put("mtu_request", OvsdbSet.ofStrings("9000"));
        odd.put("mtu", OvsdbSet.ofStrings("big"));
        odd.put("ofport", OvsdbSet.of(Atom.real(2.0)));
        Map<String, Datum> oddRoot = new LinkedHashMap<>();
        oddRoot.put("other_config", OvsdbMap.of(Atom.string("n"), Atom.integer(3)));
        oddRoot.put("dpdk_initialized", OvsdbSet.ofStrings("maybe"));

        SwitchConfig config = SwitchConfigReader.toConfig(List.of(Row.of(oddRoot)), List.of(Row.of(odd)));

        ExistingInterface p0 = config.interfaces().get(0);
        assertThat(p0.type()).isEqualTo("7");
        assertThat(p0.options()).isEmpty();
        assertThat(p0.mtuRequest()).hasValue(9000);
        assertThat(p0.mtu()).isEqualTo(OptionalLong.empty());
        assertThat(p0.ofport()).hasValue(2);
        assertThat(config.other("n")).contains("3");
        assertThat(config.dpdkInitialized()).isEmpty();
    }

    @Test
    void columnsAnOldSchemaLacksAreUnset() {
        Map<String, Datum> oldRoot = new LinkedHashMap<>();
        oldRoot.put("other_config", OvsdbMap.ofStrings(Map.of("dpdk-init", "true")));
        oldRoot.put("ovs_version", OvsdbSet.ofStrings("2.6.0"));

        SwitchConfig config = SwitchConfigReader.toConfig(List.of(Row.of(oldRoot)), List.of());

        assertThat(config.ovsVersion()).contains("2.6.0");
        assertThat(config.dpdkVersion()).isEmpty();
        assertThat(config.dpdkInitialized()).isEmpty();
    }

    @Test
    void databaseWithoutARootRowGivesAnEmptyConfiguration() {
        SwitchConfig config = SwitchConfigReader.toConfig(List.of(), List.of());

        assertThat(config.otherConfig()).isEmpty();
        assertThat(config.ovsVersion()).isEqualTo(Optional.empty());
        assertThat(config.interfaces()).isEmpty();
    }
}
