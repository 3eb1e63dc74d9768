package io.ovsguard.cli.command;

/** Whether an option takes an argument, in getopt's three flavours. */
public enum OptionArgument {
    NONE,
    REQUIRED,
    OPTIONAL
}
