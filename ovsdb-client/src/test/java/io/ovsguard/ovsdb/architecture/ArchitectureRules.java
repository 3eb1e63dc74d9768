package io.ovsguard.ovsdb.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The package boundaries of ovsdb-client, as rules that both the real code and a violating fixture are checked against. */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** JSON belongs to the codec: everything else sees opaque payloads and typed values. */
    static final ArchRule ONLY_CODEC_USES_GSON = noClasses()
            .that().resideOutsideOfPackage("..codec..")
            .should().dependOnClassesThat().resideInAPackage("com.google.gson..")
            .because("only the codec package may know the JSON library");

    /** I/O belongs to transport and jsonrpc. */
    static final ArchRule ONLY_TRANSPORT_AND_JSONRPC_USE_NETTY = noClasses()
            .that().resideOutsideOfPackages("..transport..", "..jsonrpc..")
            .should().dependOnClassesThat().resideInAPackage("io.netty..")
            .because("only transport and jsonrpc may do I/O with Netty");

    /** Protocol values are plain data, testable without a server or a JSON library. */
    static final ArchRule VALUES_ARE_FREE_OF_IO_AND_JSON = noClasses()
            .that().resideInAnyPackage("..notation..", "..schema..", "..op..", "..result..", "..monitor..")
            .should().dependOnClassesThat().resideInAnyPackage("io.netty..", "com.google.gson..")
            .because("value packages hold immutable protocol data only");

    /** Values never reach up into the wire layers. */
    static final ArchRule VALUES_DO_NOT_DEPEND_ON_WIRE_LAYERS = noClasses()
            .that().resideInAnyPackage("..notation..", "..schema..", "..op..", "..result..")
            .should().dependOnClassesThat().resideInAnyPackage("..codec..", "..transport..", "..jsonrpc..")
            .because("values are the bottom layer");

    /** The session and the replica are built on the public client API only, never on its wire layers. */
    static final ArchRule SESSION_AND_REPLICA_USE_THE_PUBLIC_API = noClasses()
            .that().resideInAnyPackage("..ovsdb.session..", "..ovsdb.replica..")
            .should().dependOnClassesThat().resideInAnyPackage("..codec..", "..transport..", "..internal..",
                    "io.netty..", "com.google.gson..")
            .because("a session and a replica work with any OvsdbClient, through its interface");

    /** The session is the lower layer: it never knows about the replica built on it. */
    static final ArchRule SESSION_DOES_NOT_DEPEND_ON_REPLICA = noClasses()
            .that().resideInAPackage("..ovsdb.session..")
            .should().dependOnClassesThat().resideInAPackage("..ovsdb.replica..")
            .because("the replica is built on the session, not the other way round");

    /** The direct client exists for start-up time: nothing it uses, however indirectly, may load Netty. */
    static final ArchRule DIRECT_CLIENT_NEVER_REACHES_NETTY = noClasses()
            .that().resideInAPackage("..ovsdb.direct..")
            .should().transitivelyDependOnClassesThat().resideInAPackage("io.netty..")
            .because("a short-lived process must not pay for Netty's event loops and channel classes");
}
