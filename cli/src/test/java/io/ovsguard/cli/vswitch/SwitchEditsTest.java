package io.ovsguard.cli.vswitch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.TestDatabases;
import io.ovsguard.cli.exec.TestSchema;
import org.junit.jupiter.api.Test;

class SwitchEditsTest {

    @Test
    void aDestroyedOpenVswitchRowIsAOneLineCommandFailure() {
        SwitchEdits edits = new SwitchEdits(TestDatabases.of(TestSchema.vswitch()).table("Open_vSwitch").build());

        assertThatThrownBy(edits::openVswitch).isInstanceOf(CommandFailedException.class)
                .hasMessage("the Open_vSwitch row was destroyed by an earlier command");
    }
}
