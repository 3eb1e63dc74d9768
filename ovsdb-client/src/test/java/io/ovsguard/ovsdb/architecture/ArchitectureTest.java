package io.ovsguard.ovsdb.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArchitectureTest {

    private static JavaClasses production;
    private static JavaClasses violatingFixture;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ovsguard.ovsdb");
        violatingFixture = new ClassFileImporter().importPackages("io.ovsguard.archfixture");
    }

    static Stream<ArchRule> rules() {
        return Stream.of(ArchitectureRules.ONLY_CODEC_USES_GSON, ArchitectureRules.ONLY_TRANSPORT_AND_JSONRPC_USE_NETTY,
                ArchitectureRules.VALUES_ARE_FREE_OF_IO_AND_JSON, ArchitectureRules.VALUES_DO_NOT_DEPEND_ON_WIRE_LAYERS,
                ArchitectureRules.SESSION_AND_REPLICA_USE_THE_PUBLIC_API,
                ArchitectureRules.SESSION_DOES_NOT_DEPEND_ON_REPLICA,
                ArchitectureRules.DIRECT_CLIENT_NEVER_REACHES_NETTY);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void productionCodeKeepsThePackageBoundary(ArchRule rule) {
        assertThat(production.size()).as("classes imported").isGreaterThan(0);
        rule.check(production);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void ruleCatchesAClassThatCrossesTheBoundary(ArchRule rule) {
        assertThat(rule.evaluate(violatingFixture).hasViolation())
                .as("rule must report the fixture that breaks it: %s", rule.getDescription())
                .isTrue();
    }
}
