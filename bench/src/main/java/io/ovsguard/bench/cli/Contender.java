package io.ovsguard.bench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One program the benchmark starts: its command prefix (arguments are appended) and extra environment. A
 * yardstick ignores the arguments: it always runs the same program.
 */
record Contender(String name, List<String> prefix, Map<String, String> environment, boolean takesArguments) {

    Contender {
        prefix = List.copyOf(prefix);
        environment = Map.copyOf(environment);
    }

    static Contender tool(String name, List<String> prefix, Map<String, String> environment) {
        return new Contender(name, prefix, environment, true);
    }

    static Contender yardstick(String name, List<String> command) {
        return new Contender(name, command, Map.of(), false);
    }

    List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>(prefix);
        if (takesArguments) {
            command.addAll(arguments);
        }
        return command;
    }

    Measurement run(ProcessTimer timer, List<String> arguments) {
        return timer.run(command(arguments), environment);
    }
}
