package io.ovsguard.cli.vswitch;

import io.ovsguard.cli.command.CommandHandler;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.Prerequisites;
import java.util.Objects;
import java.util.function.Consumer;

/** A command handler made of what it reads (a declaration of prerequisites) and what it does. */
record VswitchHandler(Consumer<Prerequisites> reads, Consumer<CommandContext> action)
        implements CommandHandler<CommandContext> {

    VswitchHandler {
        Objects.requireNonNull(reads, "reads");
        Objects.requireNonNull(action, "action");
    }

    @Override
    public void prerequisites(CommandContext context) {
        reads.accept(context.prerequisites());
    }

    @Override
    public void run(CommandContext context) {
        SwitchCache.beforeRun(context);
        action.accept(context);
        SwitchCache.afterRun(context);
    }
}
