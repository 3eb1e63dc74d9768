package io.ovsguard.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandTablesTest {

    @Test
    void theWrittenOutHashOrderIsTheHashOrderOfTheRegistrationOrder() {
        assertThat(CommandTables.VSCTL_HASH_ORDER).isEqualTo(OvsHashOrder.of(CommandTables.VSCTL_REGISTRATION_ORDER));
    }

    @Test
    void theStandardTableIteratesOvsVsctlsCommandsInThatOrder() {
        assertThat(CommandTables.standard().vsctlHashOrder()).extracting(CommandSyntax::name)
                .containsExactlyElementsOf(CommandTables.VSCTL_HASH_ORDER);
    }
}
