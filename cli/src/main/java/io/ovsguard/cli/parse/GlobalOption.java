package io.ovsguard.cli.parse;

import io.ovsguard.cli.command.OptionArgument;

/**
 * Every option that may come before the first command. ovs-vsctl's come first, in the order of its getopt table
 * (which {@code --options} prints and abbreviation matching walks); ovsguard's additions follow and are only
 * consulted for spellings ovs-vsctl itself would reject, so they never change how an ovs-vsctl command line parses.
 */
public enum GlobalOption {
    DB("db", OptionArgument.REQUIRED, '\0', "connect to the database at ARG (default: unix:$OVS_RUNDIR/db.sock)"),
    NO_SYSLOG("no-syslog", OptionArgument.NONE, '\0', "do not log warnings to syslog"),
    NO_WAIT("no-wait", OptionArgument.NONE, '\0', "do not wait for ovs-vswitchd to apply the change"),
    DRY_RUN("dry-run", OptionArgument.NONE, '\0', "run every command and check, but commit nothing"),
    ONELINE("oneline", OptionArgument.NONE, '\0', "print each command's output on one line"),
    TIMEOUT("timeout", OptionArgument.REQUIRED, 't', "give up after ARG seconds"),
    RETRY("retry", OptionArgument.NONE, '\0', "keep trying to connect to the database forever"),
    HELP("help", OptionArgument.NONE, 'h', "print the help and exit"),
    COMMANDS("commands", OptionArgument.NONE, '\0', "list the commands in machine-readable form and exit"),
    OPTIONS("options", OptionArgument.NONE, '\0', "list the global options and exit"),
    LEADER_ONLY("leader-only", OptionArgument.NONE, '\0', "only accept the leader of a clustered database (default)"),
    NO_LEADER_ONLY("no-leader-only", OptionArgument.NONE, '\0', "accept any member of a clustered database"),
    SHUFFLE_REMOTES("shuffle-remotes", OptionArgument.NONE, '\0', "try the remotes of --db in random order (default)"),
    NO_SHUFFLE_REMOTES("no-shuffle-remotes", OptionArgument.NONE, '\0', "try the remotes of --db in the order given"),
    VERSION("version", OptionArgument.NONE, 'V', "print the version and exit"),
    VERBOSE("verbose", OptionArgument.OPTIONAL, 'v',
            "set log levels (module, destination, level), or all to debug without ARG"),
    LOG_FILE("log-file", OptionArgument.OPTIONAL, '\0', "log to ARG, or to the default log file without ARG"),
    SYSLOG_METHOD("syslog-method", OptionArgument.REQUIRED, '\0',
            "how to reach syslog: libc, unix:FILE or udp:IP:PORT"),
    SYSLOG_TARGET("syslog-target", OptionArgument.REQUIRED, '\0', "also send syslog messages to HOST:PORT over UDP"),
    FORMAT("format", OptionArgument.REQUIRED, 'f', "print tables as table, list, html, csv or json"),
    DATA("data", OptionArgument.REQUIRED, 'd', "print cells as string, bare or json"),
    NO_HEADINGS("no-headings", OptionArgument.NONE, '\0', "leave out table headings"),
    PRETTY("pretty", OptionArgument.NONE, '\0', "pretty-print JSON output"),
    BARE("bare", OptionArgument.NONE, '\0', "same as --format=list --data=bare --no-headings"),
    MAX_COLUMN_WIDTH("max-column-width", OptionArgument.REQUIRED, '\0', "truncate table columns to ARG characters"),
    PRIVATE_KEY("private-key", OptionArgument.REQUIRED, 'p', "the private key file for ssl: remotes"),
    CERTIFICATE("certificate", OptionArgument.REQUIRED, 'c', "the certificate file for the private key"),
    CA_CERT("ca-cert", OptionArgument.REQUIRED, 'C', "the CA certificate file to check the peer with"),
    SSL_PROTOCOLS("ssl-protocols", OptionArgument.REQUIRED, '\0', "the SSL/TLS protocols to enable"),
    SSL_CIPHERS("ssl-ciphers", OptionArgument.REQUIRED, '\0', "the SSL/TLS ciphers to enable"),
    BOOTSTRAP_CA_CERT("bootstrap-ca-cert", OptionArgument.REQUIRED, '\0',
            "the CA certificate file, fetched from the peer on first contact if missing"),
    PEER_CA_CERT("peer-ca-cert", OptionArgument.REQUIRED, '\0', "an extra CA certificate to send to the peer"),

    NO_VALIDATE("no-validate", OptionArgument.NONE, '\0', "skip ovsguard's checks of DPDK changes", true),
    FORCE("force", OptionArgument.NONE, '\0', "commit despite blocking findings (still rolls back failures)", true),
    NO_ROLLBACK("no-rollback", OptionArgument.NONE, '\0', "do not roll back a change ovs-vswitchd rejected", true),
    SYSFS_ROOT("sysfs-root", OptionArgument.REQUIRED, '\0', "read host facts from DIR instead of /sys", true),
    JSON("json", OptionArgument.NONE, '\0', "print findings as JSON", true);

    private final String longName;
    private final OptionArgument argument;
    private final char shortName;
    private final String summary;
    private final boolean own;

    GlobalOption(String longName, OptionArgument argument, char shortName, String summary) {
        this(longName, argument, shortName, summary, false);
    }

    GlobalOption(String longName, OptionArgument argument, char shortName, String summary, boolean own) {
        this.longName = longName;
        this.argument = argument;
        this.shortName = shortName;
        this.summary = summary;
        this.own = own;
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
        return own;
    }

    /**
     * One line about the option, for the man page and ovsguard's own help section (ovs-vsctl's {@code --help}
     * text for its options is fixed and printed as it is).
     */
    public String summary() {
        return summary;
    }

    /** ovs-vsctl's leader-only and shuffle-remotes switches set a flag instead of returning an option code. */
    public boolean setsFlag() {
        return this == LEADER_ONLY || this == NO_LEADER_ONLY || this == SHUFFLE_REMOTES || this == NO_SHUFFLE_REMOTES;
    }
}
