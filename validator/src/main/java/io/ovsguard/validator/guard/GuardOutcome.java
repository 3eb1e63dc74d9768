package io.ovsguard.validator.guard;

import io.ovsguard.validator.report.Report;
import io.ovsguard.validator.vswitchd.FailureDiagnosis;
import io.ovsguard.validator.vswitchd.InterfaceState;
import java.util.List;
import java.util.Optional;

/**
 * What a guarded change came to. Every variant carries the guard id (the value of its crash marks) and the steps it
 * took, one line each, for the operator.
 */
public sealed interface GuardOutcome permits GuardOutcome.Committed, GuardOutcome.Refused, GuardOutcome.RolledBack,
        GuardOutcome.Failed, GuardOutcome.Indeterminate {

    String guardId();

    List<String> steps();

    /** True only for {@link Committed}: the change is in and every port it touched works. */
    default boolean succeeded() {
        return this instanceof Committed;
    }

    /** One line for the operator. */
    String summary();

    /**
     * The change is in the database, ovs-vswitchd applied it and every port it touched works (or, without waiting,
     * was not checked). {@code restartOnly} lists other_config keys that take effect only when ovs-vswitchd restarts.
     */
    record Committed(String guardId, Optional<Report> report, List<InterfaceState> interfaces,
                     List<String> restartOnly, List<String> steps) implements GuardOutcome {
        public Committed {
            interfaces = List.copyOf(interfaces);
            restartOnly = List.copyOf(restartOnly);
            steps = List.copyOf(steps);
        }

        @Override
        public String summary() {
            String ports = interfaces.isEmpty() ? "" : "; " + interfaces.size() + " interface(s) up";
            String restart = restartOnly.isEmpty() ? "" : "; " + String.join(", ", restartOnly)
                    + (restartOnly.size() == 1 ? " takes" : " take") + " effect when ovs-vswitchd restarts";
            return "committed" + ports + restart;
        }
    }

    /** Nothing was committed: the validator predicts a failure (see the report), or the commit was not possible. */
    record Refused(String guardId, Optional<Report> report, String reason, List<String> steps) implements GuardOutcome {
        public Refused {
            steps = List.copyOf(steps);
        }

        @Override
        public String summary() {
            return "refused: " + reason;
        }
    }

    /**
     * The change was committed, a port failed, and the change was undone: {@code identical} is true when the rows
     * read back after the rollback equal the snapshot taken before the change ({@code differences} otherwise).
     */
    record RolledBack(String guardId, Optional<Report> report, List<FailureDiagnosis> causes,
                      Optional<MemoryFigures> memory, Optional<String> fix, boolean identical, List<String> differences,
                      List<InterfaceState> restoredInterfaces, List<String> steps) implements GuardOutcome {
        public RolledBack {
            causes = List.copyOf(causes);
            differences = List.copyOf(differences);
            restoredInterfaces = List.copyOf(restoredInterfaces);
            steps = List.copyOf(steps);
        }

        @Override
        public String summary() {
            String cause = causes.isEmpty() ? "a port failed" : causes.get(0).summary();
            return "rolled back" + (identical ? " (database identical to before)" : " (NOT identical: "
                    + String.join("; ", differences) + ")") + ": " + cause
                    + memory.map(m -> "; " + m.summary()).orElse("") + fix.map(f -> "; fix: " + f).orElse("");
        }
    }

    /** A port failed and the change was kept, because rollback was disabled. */
    record Failed(String guardId, Optional<Report> report, List<FailureDiagnosis> causes,
                  Optional<MemoryFigures> memory, Optional<String> fix, List<String> steps) implements GuardOutcome {
        public Failed {
            causes = List.copyOf(causes);
            steps = List.copyOf(steps);
        }

        @Override
        public String summary() {
            return "failed and kept (rollback disabled): " + (causes.isEmpty() ? "a port failed"
                    : causes.get(0).summary()) + fix.map(f -> "; fix: " + f).orElse("");
        }
    }

    /**
     * The guard could not bring the change to a known end: ovs-vswitchd did not apply it in time, the connection was
     * lost, or another client changed the rows before the rollback. {@code conflicts} names the rows and columns
     * another client wrote; {@code marksRemain} says whether crash marks are still in the database (then
     * {@code recover} can settle the change later).
     */
    record Indeterminate(String guardId, String reason, List<FailureDiagnosis> causes, List<String> conflicts,
                         boolean marksRemain, List<String> steps) implements GuardOutcome {
        public Indeterminate {
            causes = List.copyOf(causes);
            conflicts = List.copyOf(conflicts);
            steps = List.copyOf(steps);
        }

        @Override
        public String summary() {
            return "indeterminate: " + reason + (conflicts.isEmpty() ? "" : "; " + String.join("; ", conflicts))
                    + (marksRemain ? "; crash marks " + CrashMark.GUARD_KEY + "=" + guardId
                    + " remain for recover" : "");
        }
    }
}
