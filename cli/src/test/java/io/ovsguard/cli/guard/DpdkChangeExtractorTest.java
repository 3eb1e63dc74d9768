package io.ovsguard.cli.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.cli.InProcessCli;
import io.ovsguard.cli.command.CommandTables;
import io.ovsguard.cli.parse.CommandInvocation;
import io.ovsguard.cli.parse.CommandLineParser;
import io.ovsguard.cli.parse.ParseResult;
import io.ovsguard.validator.switchconf.ConfigChange;
import io.ovsguard.validator.switchconf.ConfigSyntaxException;
import io.ovsguard.validator.switchconf.ExistingInterface;
import io.ovsguard.validator.switchconf.ProposedChange;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DpdkChangeExtractorTest {

    private static List<CommandInvocation> commands(String... args) {
        ParseResult result = new CommandLineParser(CommandTables.standard(), InProcessCli.environment("ovsguard"))
                .parse(List.of(args));
        return ((ParseResult.Execute) result).commands();
    }

    @Test
    void addPortWithDpdkInterfaceBecomesOneAddWithItsColumns() {
        Optional<ProposedChange> change = DpdkChangeExtractor.extract(commands("--may-exist", "add-port", "br0",
                "dpdk0", "--", "set", "Interface", "dpdk0", "type=dpdk", "options:dpdk-devargs=net_null0",
                "mtu_request=9000", "external_ids:owner=me"));

        assertThat(change).contains(ProposedChange.of(new ConfigChange.AddPort("br0", "dpdk0", "dpdk",
                Map.of("dpdk-devargs", "net_null0"), OptionalLong.of(9000))));
    }

    @Test
    void addPortWithoutDpdkTypeIsNotGuarded() {
        assertThat(DpdkChangeExtractor.extract(commands("add-port", "br0", "tap0", "--", "set", "Interface", "tap0",
                "type=internal"))).isEmpty();
        assertThat(DpdkChangeExtractor.extract(commands("add-port", "br0", "p1"))).isEmpty();
    }

    @Test
    void mtuChangeOfAnExistingInterfaceIsGuarded() {
        assertThat(DpdkChangeExtractor.extract(commands("set", "Interface", "dpdk0", "mtu_request=9000")))
                .contains(ProposedChange.of(ConfigChange.SetInterface.mtu("dpdk0", 9000)));
    }

    @Test
    void memoryKeysOfOtherConfigAreGuardedAndOtherKeysAreNot() {
        assertThat(DpdkChangeExtractor.extract(commands("set", "Open_vSwitch", ".",
                "other_config:dpdk-socket-mem=1024,0", "other_config:hw-offload=true")))
                .contains(ProposedChange.of(ConfigChange.SetOtherConfig.of("dpdk-socket-mem", "1024,0")));
        assertThat(DpdkChangeExtractor.extract(commands("set", "Open_vSwitch", ".", "other_config:hw-offload=true")))
                .isEmpty();
        assertThat(DpdkChangeExtractor.extract(commands("remove", "Open_vSwitch", ".", "other_config",
                "dpdk-socket-limit"))).contains(ProposedChange.of(
                new ConfigChange.SetOtherConfig(Map.of(), java.util.Set.of("dpdk-socket-limit"))));
    }

    @Test
    void commandsThatCannotTouchDpdkMemoryAreNotGuarded() {
        assertThat(DpdkChangeExtractor.extract(commands("add-br", "br0", "--", "set", "Bridge", "br0",
                "datapath_type=netdev", "--", "set", "Interface", "p1", "external_ids:x=y"))).isEmpty();
    }

    @Test
    void everyMemberOfABondOfDpdkInterfacesIsAPortOfItsOwn() {
        Optional<ProposedChange> change = DpdkChangeExtractor.extract(commands("add-bond", "br0", "bond0", "d0", "d1",
                "lacp=active", "--", "set", "Interface", "d0", "type=dpdk", "options:dpdk-devargs=net_null0", "--",
                "set", "Interface", "d1", "type=dpdk", "options:dpdk-devargs=net_null1"));

        assertThat(change).contains(ProposedChange.of(
                new ConfigChange.AddPort("br0", "d0", "dpdk", Map.of("dpdk-devargs", "net_null0"),
                        OptionalLong.empty()),
                new ConfigChange.AddPort("br0", "d1", "dpdk", Map.of("dpdk-devargs", "net_null1"),
                        OptionalLong.empty())));
    }

    @Test
    void changingAnInterfaceToANonDpdkTypeIsNotGuarded() {
        assertThat(DpdkChangeExtractor.extract(commands("set", "Interface", "p1", "type=internal"))).isEmpty();
    }

    @Test
    void interfaceChangesCountOnlyForDpdkInterfacesOfTheSwitch() {
        SwitchConfig config = new SwitchConfig(Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new ExistingInterface("p1", "", Map.of(), OptionalLong.empty(), OptionalLong.empty(),
                                Optional.empty(), OptionalLong.empty()),
                        new ExistingInterface("dpdk0", "dpdk", Map.of(), OptionalLong.empty(), OptionalLong.empty(),
                                Optional.empty(), OptionalLong.empty())), Optional.empty());
        ProposedChange change = ProposedChange.of(ConfigChange.SetInterface.mtu("p1", 9000),
                ConfigChange.SetInterface.mtu("dpdk0", 9000), ConfigChange.SetInterface.mtu("new0", 9000),
                ConfigChange.AddPort.dpdk("new0", "net_null0", 1500));

        assertThat(ChangeChecker.onDpdkInterfaces(config, change).changes()).containsExactly(
                ConfigChange.SetInterface.mtu("dpdk0", 9000), ConfigChange.SetInterface.mtu("new0", 9000),
                ConfigChange.AddPort.dpdk("new0", "net_null0", 1500));
    }

    @Test
    void malformedMtuRequestIsASyntaxErrorQuotingTheText() {
        assertThatThrownBy(() -> DpdkChangeExtractor.extract(commands("set", "Interface", "dpdk0",
                "mtu_request=9k")))
                .isInstanceOf(ConfigSyntaxException.class).hasMessageContaining("\"9k\"");
    }
}
