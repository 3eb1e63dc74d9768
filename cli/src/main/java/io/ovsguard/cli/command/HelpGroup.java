package io.ovsguard.cli.command;

/** The sections of {@code --help}, in the order they are printed. */
public enum HelpGroup {
    OPEN_VSWITCH("Open vSwitch commands:"),
    BRIDGE("Bridge commands:"),
    PORT("Port commands (a bond is considered to be a single port):"),
    INTERFACE("Interface commands (a bond consists of multiple interfaces):"),
    CONTROLLER("Controller commands:"),
    MANAGER("Manager commands:"),
    SSL("SSL commands:"),
    AUTO_ATTACH("Auto Attach commands:"),
    SWITCH("Switch commands:"),
    DATABASE("Database commands:"),
    /** Commands ovs-vsctl has but does not list in its help (zone and datapath commands). */
    UNLISTED(""),
    OVSGUARD("ovsguard commands:");

    private final String title;

    HelpGroup(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** ovs-vsctl separates its groups by blank lines, except the database group, which its library prints. */
    public boolean followedByBlankLine() {
        return this != DATABASE && this != UNLISTED;
    }
}
