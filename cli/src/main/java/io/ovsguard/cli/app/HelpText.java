package io.ovsguard.cli.app;

import io.ovsguard.cli.command.CommandSyntax;
import io.ovsguard.cli.command.CommandTable;
import io.ovsguard.cli.command.HelpGroup;
import io.ovsguard.cli.command.HelpLine;
import io.ovsguard.cli.command.TableReferences;
import io.ovsguard.cli.parse.CliEnvironment;
import io.ovsguard.cli.parse.GlobalOption;
import io.ovsguard.cli.command.OptionArgument;

/**
 * The text of {@code --help}, {@code --version} and an ovsguard command's own {@code --help}. ovs-vsctl's part is
 * generated from the command table's help lines and must equal ovs-vsctl's output byte for byte (with the program
 * name substituted); ovsguard's sections follow it unless the program runs as {@code ovs-vsctl}.
 */
final class HelpText {

    static final String OVS_VERSION = "3.1.0";
    static final String SCHEMA_VERSION = "8.3.1";
    private static final int OWN_OPTION_COLUMN = 28;

    /** ovs-vsctl's option help; %1$s is the default database, %2$s the default log file. */
    private static final String VSCTL_OPTIONS = """
            Options:
              --db=DATABASE               connect to DATABASE
                                          (default: %1$s)
              --no-wait                   do not wait for ovs-vswitchd to reconfigure
              --retry                     keep trying to connect to server forever
              -t, --timeout=SECS          wait at most SECS seconds for ovs-vswitchd
              --dry-run                   do not commit changes to database
              --oneline                   print exactly one line of output per command

            Output formatting options:
              -f, --format=FORMAT         set output formatting to FORMAT
                                          ("table", "html", "csv", or "json")
              -d, --data=FORMAT           set table cell output formatting to
                                          FORMAT ("string", "bare", or "json")
              --no-headings               omit table heading row
              --pretty                    pretty-print JSON in output
              --bare                      equivalent to "--format=list --data=bare --no-headings"

            Logging options:
              -vSPEC, --verbose=SPEC   set logging levels
              -v, --verbose            set maximum verbosity level
              --log-file[=FILE]        enable logging to specified FILE
                                       (default: %2$s)
              --syslog-method=(libc|unix:file|udp:ip:port)
                                       specify how to send messages to syslog daemon
              --syslog-target=HOST:PORT  also send syslog msgs to HOST:PORT via UDP
              --no-syslog             equivalent to --verbose=vsctl:syslog:warn

            Active database connection methods:
              tcp:HOST:PORT           PORT at remote HOST
              ssl:HOST:PORT           SSL PORT at remote HOST
              unix:FILE               Unix domain socket named FILE
            Passive database connection methods:
              ptcp:PORT[:IP]          listen to TCP PORT on IP
              pssl:PORT[:IP]          listen for SSL on PORT on IP
              punix:FILE              listen on Unix domain socket FILE
            PKI configuration (required to use SSL):
              -p, --private-key=FILE  file with private key
              -c, --certificate=FILE  file with certificate for private key
              -C, --ca-cert=FILE      file with peer CA certificate
              --bootstrap-ca-cert=FILE  file with peer CA certificate to read or create
            SSL options:
              --ssl-protocols=PROTOS  list of SSL protocols to enable
              --ssl-ciphers=CIPHERS   list of SSL ciphers to enable

            Other options:
              -h, --help                  display this help message
              -V, --version               display version information
            """;

    private HelpText() {
    }

    static String usage(CommandTable table, CliEnvironment environment) {
        String program = environment.programName();
        StringBuilder text = new StringBuilder();
        text.append(program).append(": ovs-vswitchd management utility\n");
        text.append("usage: ").append(program).append(" [OPTIONS] COMMAND [ARG...]\n\n");
        for (HelpGroup group : HelpGroup.values()) {
            if (group == HelpGroup.OVSGUARD || group == HelpGroup.UNLISTED) {
                continue;
            }
            appendGroup(text, table, group);
        }
        text.append(TableReferences.usage()).append('\n');
        text.append(String.format(VSCTL_OPTIONS, environment.defaultDatabase(), environment.defaultLogFile()));
        if (!environment.isVsctlCompatible()) {
            text.append('\n');
            appendGroup(text, table, HelpGroup.OVSGUARD);
            text.append("ovsguard options (before the first command):\n");
            for (GlobalOption option : GlobalOption.values()) {
                if (option.isOwn()) {
                    String usage = "--" + option.longName()
                            + (option.argument() == OptionArgument.REQUIRED ? "=DIR" : "");
                    String gap = " ".repeat(Math.max(2, OWN_OPTION_COLUMN - usage.length()));
                    text.append("  ").append(usage).append(gap).append(option.summary()).append('\n');
                }
            }
        }
        return text.toString();
    }

    static String version(CliEnvironment environment) {
        return environment.programName() + " (Open vSwitch) " + OVS_VERSION + "\nDB Schema " + SCHEMA_VERSION + "\n";
    }

    /** The help of one of ovsguard's own commands. */
    static String commandUsage(CommandSyntax command, CliEnvironment environment) {
        String arguments = command.argumentsHelp().isEmpty() ? "" : " " + command.argumentsHelp();
        String options = command.options().isEmpty() ? "" : " [" + command.optionSpec().replace(",", "] [") + "]";
        return "usage: " + environment.programName() + " [OPTIONS]" + options + " " + command.name() + arguments
                + "\n" + command.summary() + "\n" + (command.details().isEmpty() ? "" : "\n" + command.details());
    }

    private static void appendGroup(StringBuilder text, CommandTable table, HelpGroup group) {
        text.append(group.title()).append('\n');
        for (HelpLine line : table.help(group)) {
            text.append(line.render()).append('\n');
        }
        if (group.followedByBlankLine()) {
            text.append('\n');
        }
    }
}
