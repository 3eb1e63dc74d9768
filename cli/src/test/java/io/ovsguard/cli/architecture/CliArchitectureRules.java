package io.ovsguard.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The package structure of the CLI, bottom to top: the command table ({@code command}), the command line
 * ({@code parse}), output formats ({@code format}), the ovs-vsctl execution engine ({@code exec}), what a call is
 * (streams, exit statuses, executors: {@code call}), the database and Open_vSwitch commands ({@code db},
 * {@code vswitch}), ovsguard's own commands ({@code guard}, {@code sandbox}, {@code demo}, {@code docs}), and the
 * process entry point ({@code app}). {@code logging} is the SLF4J back end, reached only through SLF4J.
 * The patterns are relative ({@code ..cli.exec..}), so that the fixture's packages are held to the same rules.
 */
final class CliArchitectureRules {

    private CliArchitectureRules() {
    }

    static final ArchRule PACKAGES_FREE_OF_CYCLES = slices().matching("..cli.(*)..")
            .should().beFreeOfCycles()
            .because("each package of the CLI builds on the ones below it only");

    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("command").definedBy("..cli.command..")
            .layer("parse").definedBy("..cli.parse..")
            .layer("format").definedBy("..cli.format..")
            .layer("exec").definedBy("..cli.exec..")
            .layer("call").definedBy("..cli.call..")
            .layer("db").definedBy("..cli.db..")
            .layer("vswitch").definedBy("..cli.vswitch..")
            .layer("guard").definedBy("..cli.guard..")
            .layer("sandbox").definedBy("..cli.sandbox..")
            .layer("demo").definedBy("..cli.demo..")
            .layer("docs").definedBy("..cli.docs..")
            .layer("app").definedBy("..cli.app..")
            .layer("logging").definedBy("..cli.logging..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("docs").mayNotBeAccessedByAnyLayer()
            .whereLayer("logging").mayNotBeAccessedByAnyLayer()
            .whereLayer("guard").mayOnlyBeAccessedByLayers("app")
            .whereLayer("sandbox").mayOnlyBeAccessedByLayers("app")
            .whereLayer("demo").mayOnlyBeAccessedByLayers("app")
            .whereLayer("vswitch").mayOnlyBeAccessedByLayers("app")
            .whereLayer("db").mayOnlyBeAccessedByLayers("vswitch", "app")
            .whereLayer("call").mayOnlyBeAccessedByLayers("db", "vswitch", "guard", "sandbox", "demo", "app")
            .whereLayer("exec").mayOnlyBeAccessedByLayers("call", "db", "vswitch", "guard", "sandbox", "demo",
                    "app")
            .whereLayer("format").mayOnlyBeAccessedByLayers("exec", "call", "db", "vswitch", "guard", "sandbox",
                    "demo", "app")
            .whereLayer("parse").mayOnlyBeAccessedByLayers("format", "exec", "call", "db", "vswitch", "guard",
                    "sandbox", "demo", "docs", "app")
            .because("a lower package never reaches up: the engine does not know the commands, the commands do not"
                    + " know the process");

    static final ArchRule LOGGING_KNOWS_NOTHING_OF_THE_CLI = noClasses()
            .that().resideInAPackage("..cli.logging..")
            .should().dependOnClassesThat().resideInAnyPackage("..cli.command..", "..cli.parse..", "..cli.format..",
                    "..cli.exec..", "..cli.call..", "..cli.db..", "..cli.vswitch..", "..cli.guard..",
                    "..cli.sandbox..", "..cli.demo..", "..cli.docs..", "..cli.app..")
            .because("the logging back end is found by SLF4J and must work before anything else is built");

    /** Output is flushed and resources closed by the entry point; nothing below it may end the process. */
    static final ArchRule ONLY_THE_ENTRY_POINTS_END_THE_PROCESS = noClasses()
            .that().doNotHaveSimpleName("Main").and().doNotHaveSimpleName("StartupTraining")
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class)
            .orShould().callMethod(Runtime.class, "exit", int.class)
            .because("a command that ended the JVM would skip the output flush and the exit-status mapping");

    /** A call's state lives in the objects it builds: a changing static would leak into the next in-process run. */
    static final ArchRule NO_MUTABLE_STATICS = fields().that().areStatic()
            .should().beFinal()
            .because("the CLI runs in-process in tests and benchmarks, many calls per JVM");
}
