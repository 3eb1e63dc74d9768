package io.ovsguard.validator.architecture;

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
 * The validator's layers: the model (switchconf, memory, rule, report) is pure, so a prediction is a function of
 * its inputs; host reads sysfs; only source and the guard talk to a switch. Each rule is also shown to catch a
 * fixture class that breaks it.
 */
class ValidatorArchitectureTest {

    private static final String[] MODEL = {"..validator.switchconf..", "..validator.memory..", "..validator.rule..",
        "..validator.report.."};

    static final ArchRule MODEL_DOES_NO_IO = noClasses().that().resideInAnyPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..",
                    "io.netty..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(ProcessBuilder.class.getName())
            .because("rules and the memory model are pure: no I/O, so predictions are repeatable and testable");

    static final ArchRule MODEL_DOES_NOT_TALK_TO_THE_SWITCH = noClasses().that().resideInAnyPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("io.ovsguard.ovsdb..")
            .because("the switch is read by validator.source into plain values before any rule runs");

    static final ArchRule MODEL_DOES_NOT_DEPEND_ON_READERS_OR_GUARD = noClasses().that().resideInAnyPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("..validator.source..", "..validator.guard..",
                    "..validator.vswitchd..")
            .because("readers and the guard build on the model, not the other way round");

    static final ArchRule HOST_READING_DOES_NOT_USE_THE_SWITCH_OR_RULES = noClasses().that()
            .resideInAPackage("..validator.host..")
            .should().dependOnClassesThat().resideInAnyPackage("io.ovsguard.ovsdb..", "..validator.rule..",
                    "..validator.source..", "..validator.guard..")
            .because("host facts come from sysfs alone");

    private static JavaClasses production;
    private static JavaClasses violatingFixture;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ovsguard.validator");
        violatingFixture = new ClassFileImporter().importPackages("io.ovsguard.archfixture.validator");
    }

    static Stream<ArchRule> rules() {
        return Stream.of(MODEL_DOES_NO_IO, MODEL_DOES_NOT_TALK_TO_THE_SWITCH, MODEL_DOES_NOT_DEPEND_ON_READERS_OR_GUARD,
                HOST_READING_DOES_NOT_USE_THE_SWITCH_OR_RULES);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void productionCodeKeepsTheLayers(ArchRule rule) {
        assertThat(production.size()).as("classes imported").isGreaterThan(20);
        rule.check(production);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void ruleCatchesAClassThatBreaksIt(ArchRule rule) {
        assertThat(rule.evaluate(violatingFixture).hasViolation())
                .as("rule must report the fixture that breaks it: %s", rule.getDescription()).isTrue();
    }
}
