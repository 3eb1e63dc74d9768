package io.ovsguard.cli.vswitch;

import io.ovsguard.cli.command.CommandHandler;
import io.ovsguard.cli.exec.CommandContext;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A vswitch handler whose reads depend on the command's own words: it declares them from the whole context (for
 * scale, only the rows the arguments name), then runs like a {@link VswitchHandler}.
 */
record ScopedVswitchHandler(Consumer<CommandContext> reads, Consumer<CommandContext> action)
        implements CommandHandler<CommandContext> {

    ScopedVswitchHandler {
        Objects.requireNonNull(reads, "reads");
        Objects.requireNonNull(action, "action");
    }

    @Override
    public void prerequisites(CommandContext context) {
        reads.accept(context);
    }

    @Override
    public void run(CommandContext context) {
        SwitchCache.beforeRun(context);
        action.accept(context);
        SwitchCache.afterRun(context);
    }
}
