/**
 * The CLI's SLF4J back end: library warnings to stderr, nothing read from the class path. slf4j-simple looked for
 * {@code simplelogger.properties} with a class-path lookup, which opens the 4 MB jar: about 9 ms of every call's CPU,
 * more than ovs-vsctl's whole run.
 */
package io.ovsguard.cli.logging;
