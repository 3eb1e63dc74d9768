package io.ovsguard.cli.command;

import java.util.Objects;

/**
 * One line of {@code --help}: a usage form of a command and what it does. ovs-vsctl aligns descriptions by hand,
 * so each line carries the column (counted after the two-space indent) where its description starts; a usage
 * that reaches that column is followed by two spaces.
 *
 * @param command the command the line documents, or empty for a note that belongs to the group
 */
public record HelpLine(String command, String usage, String description, int column) {

    public HelpLine {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(description, "description");
        if (column < 0) {
            throw new IllegalArgumentException("negative column");
        }
    }

    /** A note that is printed without indentation, such as the remark after the database commands. */
    public static HelpLine note(String text) {
        return new HelpLine("", text, "", 0);
    }

    public boolean isNote() {
        return command.isEmpty();
    }

    /** The line as printed, without its newline. */
    public String render() {
        if (isNote()) {
            return usage;
        }
        StringBuilder line = new StringBuilder("  ").append(usage);
        if (!description.isEmpty()) {
            int gap = usage.length() < column ? column - usage.length() : 2;
            line.append(" ".repeat(gap)).append(description);
        }
        return line.toString();
    }
}
