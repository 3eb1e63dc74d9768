package io.ovsguard.cli.parse;

/** The {@code --options} listing: every global option, long form then short form, as ovs-vsctl prints it. */
public final class OptionListing {

    private OptionListing() {
    }

    public static String render(boolean includeOwnOptions) {
        StringBuilder text = new StringBuilder();
        for (GlobalOption option : GlobalOption.values()) {
            if (option.isOwn() && !includeOwnOptions) {
                continue;
            }
            boolean takesArgument = option.argument() != io.ovsguard.cli.command.OptionArgument.NONE;
            text.append("--").append(option.longName()).append(takesArgument ? "=ARG" : "").append('\n');
            if (option.hasShortName() && !option.setsFlag()) {
                text.append('-').append(option.shortName()).append(takesArgument ? " ARG" : "").append('\n');
            }
        }
        return text.toString();
    }
}
