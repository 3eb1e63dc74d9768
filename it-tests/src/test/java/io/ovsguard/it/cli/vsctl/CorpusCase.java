package io.ovsguard.it.cli.vsctl;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One differential case: the database state to start from (built by the real ovs-vsctl) and the command lines whose
 * output, exit status and effect on the database must be the same for ovs-vsctl and ovsguard.
 *
 * @param source  {@code file:line} of the case, for failure messages
 * @param emptyDb start from a database without the Open_vSwitch row (normally a fresh {@code init}ed one)
 * @param setup   command lines run with the real ovs-vsctl before the steps, with {@code --no-wait} added
 * @param env     environment variables the steps (not the setup) get on top of the harness's
 * @param steps   the command lines under test
 */
record CorpusCase(String source, String name, boolean emptyDb, List<List<String>> setup, Map<String, String> env,
                  List<Step> steps) {

    CorpusCase {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        setup = setup.stream().map(List::copyOf).toList();
        env = Map.copyOf(env);
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException(source + ": case '" + name + "' has no command under test");
        }
    }

    /** How a step's command line reaches ovsguard. */
    enum Route {
        /** The CLI in this JVM, as {@code ovs-vsctl}. */
        IN_PROCESS,
        /** The launcher an install links (see {@code LauncherLink}), through a symlink named {@code ovs-vsctl}. */
        LAUNCHER,
        /** The launcher, with a terminal as stdout and stderr (ovs-vsctl compared on one too). */
        TERMINAL
    }

    /**
     * One command line under test.
     *
     * @param noWait whether the harness adds {@code --no-wait} (there is no ovs-vswitchd to wait for)
     */
    record Step(List<String> args, Route route, boolean noWait) {
        Step {
            args = List.copyOf(args);
        }

        /** The arguments as given to both programs. */
        List<String> commandLine() {
            if (!noWait) {
                return args;
            }
            List<String> line = new java.util.ArrayList<>();
            line.add("--no-wait");
            line.addAll(args);
            return List.copyOf(line);
        }
    }

    @Override
    public String toString() {
        return source + " " + name;
    }
}
