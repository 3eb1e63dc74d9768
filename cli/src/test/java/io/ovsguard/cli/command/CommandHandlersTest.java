package io.ovsguard.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandHandlersTest {

    private static final CommandTable TABLE = CommandTables.standard();

    private final List<String> groupsRun = new ArrayList<>();

    private CommandHandlers<StringBuilder> handlers() {
        return CommandHandlers.<StringBuilder>builder(TABLE)
                .register("comment", context -> context.append("single"))
                .group(group -> {
                    groupsRun.add("bridges");
                    group.register("list-br", context -> context.append("bridges"))
                            .register("add-br", context -> { });
                })
                .group(group -> {
                    groupsRun.add("ports");
                    group.register("list-ports", context -> context.append("ports"));
                })
                .group(group -> {
                    groupsRun.add("zones");
                    group.register("list-zone-tp", context -> { });
                })
                .build();
    }

    @Test
    void aGroupIsBuiltOnlyWhenACommandNeedsIt() {
        CommandHandlers<StringBuilder> handlers = handlers();
        assertThat(groupsRun).isEmpty();

        StringBuilder context = new StringBuilder();
        handlers.find("comment").orElseThrow().run(context);
        assertThat(groupsRun).as("a single handler needs no group").isEmpty();

        handlers.find("list-br").orElseThrow().run(context);
        assertThat(groupsRun).containsExactly("bridges");
        assertThat(handlers.has("add-br")).isTrue();
        assertThat(groupsRun).as("a group is built once").containsExactly("bridges");

        handlers.find("list-ports").orElseThrow().run(context);
        assertThat(groupsRun).containsExactly("bridges", "ports");
        assertThat(context).hasToString("singlebridgesports");
    }

    @Test
    void aCommandWithoutAHandlerBuildsEveryGroupAndIsNotFound() {
        CommandHandlers<StringBuilder> handlers = handlers();

        assertThat(handlers.find("del-br")).isEmpty();
        assertThat(groupsRun).containsExactly("bridges", "ports", "zones");
        assertThat(handlers.commands()).containsExactlyInAnyOrder("comment", "list-br", "add-br", "list-ports",
                "list-zone-tp");
    }

    @Test
    void aHandlerRegisteredByTwoGroupsIsRefusedWhenTheSecondIsBuilt() {
        CommandHandlers<StringBuilder> handlers = CommandHandlers.<StringBuilder>builder(TABLE)
                .group(group -> group.register("list-br", context -> { }))
                .group(group -> group.register("list-br", context -> { }))
                .build();

        assertThat(handlers.find("list-br")).isPresent();
        assertThatThrownBy(handlers::commands).hasMessageContaining("registered twice: list-br");
    }

    @Test
    void aGroupMayOnlyNameCommandsOfTheTable() {
        CommandHandlers<StringBuilder> handlers = CommandHandlers.<StringBuilder>builder(TABLE)
                .group(group -> group.register("list-bridges", context -> { }))
                .build();

        assertThatThrownBy(() -> handlers.find("list-br")).hasMessageContaining("no such command in the table");
    }
}
