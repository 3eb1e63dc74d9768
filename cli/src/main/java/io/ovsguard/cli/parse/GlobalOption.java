package io.ovsguard.cli.parse;

import io.ovsguard.cli.command.OptionArgument;

/**
 * Every option that may come before the first command. ovs-vsctl's come first, in the order of its getopt table
 * (which {@code --options} prints and abbreviation matching walks); ovsguard's additions follow and are only
 * consulted for spellings ovs-vsctl itself would reject, so they never change how an ovs-vsctl command line parses.
 */
public enum GlobalOption {
    DB("db", OptionArgument.REQUIRED, '\0'),
    NO_SYSLOG("no-syslog", OptionArgument.NONE, '\0'),
    NO_WAIT("no-wait", OptionArgument.NONE, '\0'),
    DRY_RUN("dry-run", OptionArgument.NONE, '\0'),
    ONELINE("oneline", OptionArgument.NONE, '\0'),
    TIMEOUT("timeout", OptionArgument.REQUIRED, 't'),
    RETRY("retry", OptionArgument.NONE, '\0'),
    HELP("help", OptionArgument.NONE, 'h'),
    COMMANDS("commands", OptionArgument.NONE, '\0'),
    OPTIONS("options", OptionArgument.NONE, '\0'),
    LEADER_ONLY("leader-only", OptionArgument.NONE, '\0'),
    NO_LEADER_ONLY("no-leader-only", OptionArgument.NONE, '\0'),
    SHUFFLE_REMOTES("shuffle-remotes", OptionArgument.NONE, '\0'),
    NO_SHUFFLE_REMOTES("no-shuffle-remotes", OptionArgument.NONE, '\0'),
    VERSION("version", OptionArgument.NONE, 'V'),
    VERBOSE("verbose", OptionArgument.OPTIONAL, 'v'),
    LOG_FILE("log-file", OptionArgument.OPTIONAL, '\0'),
    SYSLOG_METHOD("syslog-method", OptionArgument.REQUIRED, '\0'),
    SYSLOG_TARGET("syslog-target", OptionArgument.REQUIRED, '\0'),
    FORMAT("format", OptionArgument.REQUIRED, 'f'),
    DATA("data", OptionArgument.REQUIRED, 'd'),
    NO_HEADINGS("no-headings", OptionArgument.NONE, '\0'),
    PRETTY("pretty", OptionArgument.NONE, '\0'),
    BARE("bare", OptionArgument.NONE, '\0'),
    MAX_COLUMN_WIDTH("max-column-width", OptionArgument.REQUIRED, '\0'),
    PRIVATE_KEY("private-key", OptionArgument.REQUIRED, 'p'),
    CERTIFICATE("certificate", OptionArgument.REQUIRED, 'c'),
    CA_CERT("ca-cert", OptionArgument.REQUIRED, 'C'),
    SSL_PROTOCOLS("ssl-protocols", OptionArgument.REQUIRED, '\0'),
    SSL_CIPHERS("ssl-ciphers", OptionArgument.REQUIRED, '\0'),
    BOOTSTRAP_CA_CERT("bootstrap-ca-cert", OptionArgument.REQUIRED, '\0'),
    PEER_CA_CERT("peer-ca-cert", OptionArgument.REQUIRED, '\0'),

    NO_VALIDATE("no-validate", OptionArgument.NONE, '\0', "skip ovsguard's checks of DPDK changes"),
    FORCE("force", OptionArgument.NONE, '\0', "commit despite blocking findings (still rolls back failures)"),
    NO_ROLLBACK("no-rollback", OptionArgument.NONE, '\0', "do not roll back a change ovs-vswitchd rejected"),
    SYSFS_ROOT("sysfs-root", OptionArgument.REQUIRED, '\0', "read host facts from DIR instead of /sys"),
    JSON("json", OptionArgument.NONE, '\0', "print findings as JSON");

    private final String longName;
    private final OptionArgument argument;
    private final char shortName;
    private final String ownHelp;

    GlobalOption(String longName, OptionArgument argument, char shortName) {
        this(longName, argument, shortName, "");
    }

    GlobalOption(String longName, OptionArgument argument, char shortName, String ownHelp) {
        this.longName = longName;
        this.argument = argument;
        this.shortName = shortName;
        this.ownHelp = ownHelp;
    }

    public String longName() {
        return longName;
    }

    public OptionArgument argument() {
        return argument;
    }

    public boolean hasShortName() {
        return shortName != '\0';
    }

    public char shortName() {
        return shortName;
    }

    /** True for ovsguard's additions, which ovs-vsctl does not know. */
    public boolean isOwn() {
        return !ownHelp.isEmpty();
    }

    /** One line of help for ovsguard's own options; empty for ovs-vsctl's, whose help text is fixed. */
    public String ownHelp() {
        return ownHelp;
    }

    /** ovs-vsctl's leader-only and shuffle-remotes switches set a flag instead of returning an option code. */
    boolean setsFlag() {
        return this == LEADER_ONLY || this == NO_LEADER_ONLY || this == SHUFFLE_REMOTES || this == NO_SHUFFLE_REMOTES;
    }
}
