package io.ovsguard.ovsdb.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The cluster package is a client of the public API: it may not reach into the wire layers or the internals. */
class ClusterArchitectureTest {

    static final ArchRule CLUSTER_USES_ONLY_THE_PUBLIC_CLIENT_API = noClasses()
            .that().resideInAPackage("..cluster..")
            .should().dependOnClassesThat().resideInAnyPackage("..ovsdb.codec..", "..ovsdb.transport..",
                    "..ovsdb.jsonrpc..", "..ovsdb.internal..", "io.netty..", "com.google.gson..")
            .because("leader seeking is built on OvsdbClient, so it works with any connection the client opens");

    @Test
    void clusterPackageUsesOnlyThePublicClientApi() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ovsguard.ovsdb");
        assertThat(production.stream().filter(c -> c.getPackageName().endsWith(".cluster"))).isNotEmpty();
        CLUSTER_USES_ONLY_THE_PUBLIC_CLIENT_API.check(production);
    }

    @Test
    void ruleCatchesAClusterClassThatUsesTheWireLayer() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.ovsguard.archfixture.cluster");

        assertThat(CLUSTER_USES_ONLY_THE_PUBLIC_CLIENT_API.evaluate(fixture).hasViolation()).isTrue();
    }
}
