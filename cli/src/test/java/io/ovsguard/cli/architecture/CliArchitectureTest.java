package io.ovsguard.cli.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CliArchitectureTest {

    private static JavaClasses production;
    private static JavaClasses violatingFixture;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ovsguard.cli");
        violatingFixture = new ClassFileImporter().importPackages("io.ovsguard.cliarchfixture");
    }

    static Stream<ArchRule> rules() {
        return Stream.of(CliArchitectureRules.PACKAGES_FREE_OF_CYCLES, CliArchitectureRules.LAYERS,
                CliArchitectureRules.LOGGING_KNOWS_NOTHING_OF_THE_CLI,
                CliArchitectureRules.ONLY_THE_ENTRY_POINTS_END_THE_PROCESS, CliArchitectureRules.NO_MUTABLE_STATICS);
    }

    @Test
    void everyPackageOfTheCliIsALayer() {
        assertThat(production.stream().map(c -> c.getPackageName()).distinct())
                .allMatch(p -> p.matches("io\\.ovsguard\\.cli\\.(command|parse|format|exec|call|db|vswitch|guard"
                        + "|sandbox|demo|docs|app|logging)"), "is one of the layers");
    }

    @ParameterizedTest
    @MethodSource("rules")
    void productionCodeKeepsThePackageStructure(ArchRule rule) {
        assertThat(production.size()).as("classes imported").isGreaterThan(100);
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
