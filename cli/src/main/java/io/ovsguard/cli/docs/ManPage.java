package io.ovsguard.cli.docs;

import io.ovsguard.cli.command.CommandOrigin;
import io.ovsguard.cli.command.CommandSyntax;
import io.ovsguard.cli.command.CommandTable;
import io.ovsguard.cli.command.HelpGroup;
import io.ovsguard.cli.command.OptionArgument;
import io.ovsguard.cli.parse.GlobalOption;
import java.util.List;

/** Generates the ovsguard(8) man page (roff) from the command table and the global options. */
public final class ManPage {

    private ManPage() {
    }

    public static String render(CommandTable table) {
        StringBuilder s = new StringBuilder();
        s.append(".\\\" Generated from ovsguard's command table by io.ovsguard.cli.docs.DocsGenerator; do not edit.\n");
        s.append(".TH OVSGUARD 8 \"\" \"ovsguard\" \"ovsguard Manual\"\n");
        s.append(".SH NAME\n");
        s.append("ovsguard \\- a drop-in ovs-vsctl with guarded DPDK changes\n");
        s.append(".SH SYNOPSIS\n");
        s.append(".B ovsguard\n");
        s.append("[\\fIoptions\\fR] [\\fB\\-\\-\\fR] [\\fIcommand-options\\fR] \\fIcommand\\fR [\\fIargs\\fR]")
                .append(" [\\fB\\-\\-\\fR [\\fIcommand-options\\fR] \\fIcommand\\fR [\\fIargs\\fR]]...\n");
        s.append(".SH DESCRIPTION\n");
        s.append(text("ovsguard configures Open vSwitch through its database exactly as ovs-vsctl 3.1 does: same "
                + "commands, options, output, messages and exit statuses. Installed under the name ovs-vsctl it is a "
                + "drop-in replacement. In addition, changes to DPDK interfaces and dpdk-* settings are checked "
                + "against the host (NUMA nodes, hugepages, NICs) before they are committed, and rolled back if "
                + "ovs-vswitchd rejects them."));
        s.append(".PP\n");
        s.append(text("Several commands may be given at once, separated by --. They run as one transaction: either "
                + "all take effect or none does. Options of a command come before its name; the first command's "
                + "options may also be mixed with the global options."));
        for (HelpGroup group : HelpGroup.values()) {
            List<CommandSyntax> commands = table.commands().stream()
                    .filter(c -> c.group() == group && c.origin() == CommandOrigin.VSCTL).toList();
            if (commands.isEmpty()) {
                continue;
            }
            String title = group == HelpGroup.UNLISTED ? "Conntrack zone and datapath commands" : group.title();
            s.append(".SS \"").append(stripColon(title)).append("\"\n");
            commands.forEach(c -> appendCommand(s, c));
        }
        s.append(".SH \"OVSGUARD COMMANDS\"\n");
        table.commands(CommandOrigin.OVSGUARD).forEach(c -> appendCommand(s, c));
        s.append(".SH OPTIONS\n");
        for (GlobalOption option : GlobalOption.values()) {
            appendOption(s, option);
        }
        s.append(".SH \"EXIT STATUS\"\n");
        s.append(".TP\n.B 0\n").append(text("success"));
        s.append(".TP\n.B 1\n").append(text("an error: bad usage, no such record, database or connection failure"));
        s.append(".TP\n.B 2\n").append(text("br-exists: the bridge does not exist"));
        s.append(".TP\n.B 3\n").append(text("ovsguard's checks refused a change, or check found a blocking problem"));
        s.append(".SH ENVIRONMENT\n");
        s.append(".TP\n.B OVS_RUNDIR\n")
                .append(text("directory of the default database socket db.sock (default /var/run/openvswitch)"));
        s.append(".TP\n.B OVS_LOGDIR\n")
                .append(text("directory of the default log file (default /var/log/openvswitch)"));
        s.append(".SH \"SEE ALSO\"\n");
        s.append(".BR ovs-vsctl (8),\n.BR ovsdb-server (1),\n.BR ovs-vswitchd (8)\n");
        return s.toString();
    }

    private static void appendCommand(StringBuilder s, CommandSyntax c) {
        s.append(".TP\n");
        StringBuilder head = new StringBuilder();
        c.options().forEach(o -> head.append("[\\fB").append(escape(o.spec())).append("\\fR] "));
        head.append("\\fB").append(escape(c.name())).append("\\fR");
        if (!c.argumentsHelp().isEmpty()) {
            head.append(" \\fI").append(escape(c.argumentsHelp())).append("\\fR");
        }
        s.append(head).append('\n');
        s.append(text(c.summary()));
        if (!c.details().isEmpty()) {
            s.append(".IP\n.nf\n");
            c.details().lines().forEach(line -> s.append(line.isEmpty() ? "\n" : text(line)));
            s.append(".fi\n");
        }
    }

    private static void appendOption(StringBuilder s, GlobalOption option) {
        s.append(".TP\n");
        String argument = option.argument() == OptionArgument.REQUIRED ? "=\\fIARG\\fR"
                : option.argument() == OptionArgument.OPTIONAL ? "[=\\fIARG\\fR]" : "";
        StringBuilder head = new StringBuilder();
        if (option.hasShortName() && !option.setsFlag()) {
            head.append("\\fB\\-").append(option.shortName()).append("\\fR, ");
        }
        head.append("\\fB").append(escape("--" + option.longName())).append("\\fR").append(argument);
        s.append(head).append('\n');
        s.append(text(option.summary() + (option.isOwn() ? " (ovsguard)" : "")));
    }

    private static String stripColon(String title) {
        return title.endsWith(":") ? title.substring(0, title.length() - 1) : title;
    }

    /** A paragraph line, escaped so roff prints it literally. */
    private static String text(String line) {
        String escaped = escape(line);
        return (escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" : "") + escaped + "\n";
    }

    private static String escape(String raw) {
        return raw.replace("\\", "\\\\").replace("-", "\\-");
    }
}
