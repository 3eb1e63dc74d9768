package io.ovsguard.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArgumentPatternTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "'';''",
            "BRIDGE;!BRIDGE",
            "[BRIDGE] PORT|IFACE;?BRIDGE !PORT|IFACE",
            "TARGET...;+TARGET",
            "[ARG]...;*ARG",
            "TABLE RECORD [COLUMN[:KEY]=VALUE]...;!TABLE !RECORD *COLUMN?:KEY=VALUE",
            "TABLE RECORD COLUMN [KEY=]VALUE...;!TABLE !RECORD !COLUMN +?KEY=VALUE",
            "BRIDGE BOND IFACE... [COLUMN[:KEY]=VALUE]...;!BRIDGE !BOND +IFACE *COLUMN?:KEY=VALUE",
            "NEW-BRIDGE [PARENT] [NEW-VLAN];!NEW-BRIDGE ?PARENT ?NEW-VLAN",
            "TABLE COLUMN[:KEY]=VALUE...;!TABLE +COLUMN?:KEY=VALUE",
            "[KEY=]VALUE;?KEY=VALUE",
    })
    void convertsBracketNotationToCompletionPrefixes(String argumentsHelp, String expected) {
        assertThat(ArgumentPattern.of(argumentsHelp).render()).isEqualTo(expected);
    }
}
