package io.ovsguard.cli.vswitch;

import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.parse.CalledAsLine;

/** A command as ovs-vsctl quotes it back in messages: its options, its name and its arguments, escaped. */
final class CommandText {

    private CommandText() {
    }

    static String of(CommandContext ctx) {
        return CalledAsLine.join(ctx.invocation().words());
    }
}
