package io.ovsguard.sandbox.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sandbox is a library the CLI runs ({@code ovsguard sandbox}, {@code demo}) without JUnit on its class path:
 * JUnit is an optional dependency that only the {@code junit} package (the test extension) may use.
 */
class SandboxArchitectureTest {

    static final ArchRule ONLY_THE_EXTENSION_USES_JUNIT = noClasses()
            .that().resideOutsideOfPackage("..sandbox.junit..")
            .should().dependOnClassesThat().resideInAPackage("org.junit..")
            .because("JUnit is optional: the CLI starts sandboxes without it");

    static final ArchRule THE_CORE_DOES_NOT_KNOW_THE_EXTENSION = noClasses()
            .that().resideOutsideOfPackage("..sandbox.junit..")
            .should().dependOnClassesThat().resideInAPackage("..sandbox.junit..")
            .because("the extension is built on the sandbox, not the other way round");

    static final ArchRule NO_MUTABLE_STATICS = fields().that().areStatic()
            .should().beFinal()
            .because("sandboxes run side by side in one JVM; their state lives in their objects");

    private static JavaClasses production;
    private static JavaClasses violatingFixture;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ovsguard.sandbox");
        violatingFixture = new ClassFileImporter().importPackages("io.ovsguard.sandboxarchfixture");
    }

    static Stream<ArchRule> rules() {
        return Stream.of(ONLY_THE_EXTENSION_USES_JUNIT, THE_CORE_DOES_NOT_KNOW_THE_EXTENSION, NO_MUTABLE_STATICS);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void productionCodeKeepsTheRule(ArchRule rule) {
        assertThat(production.size()).as("classes imported").isGreaterThan(20);
        rule.check(production);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void ruleCatchesAClassThatBreaksIt(ArchRule rule) {
        assertThat(rule.evaluate(violatingFixture).hasViolation())
                .as("rule must report the fixture that breaks it: %s", rule.getDescription())
                .isTrue();
    }
}
