package io.ovsguard.cli.parse;

import java.util.Objects;
import java.util.Optional;

/** An option getopt recognised, with its argument if it has one. */
record ScannedOption(LongOption option, Optional<String> argument) {

    ScannedOption {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(argument, "argument");
    }
}
