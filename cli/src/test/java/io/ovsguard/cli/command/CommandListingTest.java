package io.ovsguard.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.RealVsctl;
import org.junit.jupiter.api.Test;

class CommandListingTest {

    @Test
    void listsVsctlCommandsExactlyAsTheRealOvsVsctlDoes() {
        RealVsctl.Result real = RealVsctl.run("--commands");

        assertThat(CommandListing.render(CommandTables.standard(), false)).isEqualTo(real.stdout());
    }

    @Test
    void appendsOwnCommandsAfterVsctlCommandsWhenAsked() {
        String listing = CommandListing.render(CommandTables.standard(), true);

        assertThat(listing).startsWith(CommandListing.render(CommandTables.standard(), false))
                .endsWith(",check,\n,recover,\n[--dpdk] ,sandbox,!start|stop|status ?DIR\n,demo,\n");
    }
}
