package io.ovsguard.ovsdb.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.ovsguard.ovsdb", importOptions = ImportOption.DoNotIncludeTests.class)
class ValuePackagesArchitectureTest {

    private static final String[] VALUE_PACKAGES = {"io.ovsguard.ovsdb.notation..", "io.ovsguard.ovsdb.schema..",
        "io.ovsguard.ovsdb.op..", "io.ovsguard.ovsdb.result..", "io.ovsguard.ovsdb.monitor.."};

    @ArchTest
    static final ArchRule valuePackagesUseNoJsonLibrary = noClasses().that().resideInAnyPackage(VALUE_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("com.google.gson..");

    @ArchTest
    static final ArchRule valuePackagesUseNoNetty = noClasses().that().resideInAnyPackage(VALUE_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("io.netty..");

    @ArchTest
    static final ArchRule valuePackagesDoNotReachIntoTheCodec = noClasses().that().resideInAnyPackage(VALUE_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage("io.ovsguard.ovsdb.codec..",
                    "io.ovsguard.ovsdb.jsonrpc..", "io.ovsguard.ovsdb.transport..");
}
