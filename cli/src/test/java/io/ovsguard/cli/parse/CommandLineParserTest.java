package io.ovsguard.cli.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.cli.command.CommandTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommandLineParserTest {

    private static final CliEnvironment ENVIRONMENT = CliEnvironment.of("ovsguard",
            Map.of("OVS_RUNDIR", "/run/test", "OVS_LOGDIR", "/log/test"));
    private static final CommandLineParser PARSER = new CommandLineParser(CommandTables.standard(), ENVIRONMENT);

    private static ParseResult.Execute execute(String commandLine) {
        return (ParseResult.Execute) PARSER.parse(commandLine.split(" "));
    }

    private static GlobalOptions globals(String commandLine) {
        return execute(commandLine).options();
    }

    /** Each spelling of a global option, and the property it must set. */
    static Stream<Arguments> globalOptionSpellings() {
        return Stream.of(
                spelling("--db=tcp:1.2.3.4:6640 list-br", GlobalOptions::database, "tcp:1.2.3.4:6640"),
                spelling("--db tcp:1.2.3.4:6640 list-br", GlobalOptions::database, "tcp:1.2.3.4:6640"),
                spelling("--dr list-br", GlobalOptions::dryRun, true),
                spelling("list-br", GlobalOptions::database, "unix:/run/test/db.sock"),
                spelling("--db=x list-br", GlobalOptions::databaseGiven, true),
                spelling("--no-wait list-br", GlobalOptions::waitForReload, false),
                spelling("--no-wa list-br", GlobalOptions::waitForReload, false),
                spelling("list-br", GlobalOptions::waitForReload, true),
                spelling("-t 5 list-br", o -> o.timeoutSeconds().getAsLong(), 5L),
                spelling("-t5 list-br", o -> o.timeoutSeconds().getAsLong(), 5L),
                spelling("--timeout=7 list-br", o -> o.timeoutSeconds().getAsLong(), 7L),
                spelling("--timeout 7 list-br", o -> o.timeoutSeconds().getAsLong(), 7L),
                spelling("--tim=8 list-br", o -> o.timeoutSeconds().getAsLong(), 8L),
                spelling("-t +9 list-br", o -> o.timeoutSeconds().getAsLong(), 9L),
                spelling("-t 4294967295 list-br", o -> o.timeoutSeconds().getAsLong(), 4294967295L),
                spelling("list-br", o -> o.timeoutSeconds().isPresent(), false),
                spelling("--dry-run list-br", GlobalOptions::dryRun, true),
                spelling("--oneline list-br", GlobalOptions::oneline, true),
                spelling("--retry list-br", GlobalOptions::retry, true),
                spelling("--no-leader-only list-br", GlobalOptions::leaderOnly, false),
                spelling("--no-leader-only --leader-only list-br", GlobalOptions::leaderOnly, true),
                spelling("--no-shuffle-remotes list-br", GlobalOptions::shuffleRemotes, false),
                spelling("list-br", o -> o.tableStyle(), TableStyle.DEFAULT),
                spelling("-f table list-br", o -> o.tableStyle().format(), OutputFormat.TABLE),
                spelling("-fcsv list-br", o -> o.tableStyle().format(), OutputFormat.CSV),
                spelling("--format=html list-br", o -> o.tableStyle().format(), OutputFormat.HTML),
                spelling("--format json list-br", o -> o.tableStyle().format(), OutputFormat.JSON),
                spelling("-d json list-br", o -> o.tableStyle().cellFormat(), CellFormat.JSON),
                spelling("-dbare list-br", o -> o.tableStyle().cellFormat(), CellFormat.BARE),
                spelling("--data=string list-br", o -> o.tableStyle().cellFormat(), CellFormat.STRING),
                spelling("--no-headings list-br", o -> o.tableStyle().headings(), false),
                spelling("--pretty list-br", o -> o.tableStyle().pretty(), true),
                spelling("-f table --bare list-br", o -> o.tableStyle(),
                        new TableStyle(OutputFormat.LIST, CellFormat.BARE, false, false, 0)),
                spelling("--bare -f csv list-br", o -> o.tableStyle().format(), OutputFormat.CSV),
                spelling("--max-column-width=40 list-br", o -> o.tableStyle().maxColumnWidth(), 40),
                spelling("--max-column-width=x list-br", o -> o.tableStyle().maxColumnWidth(), 0),
                spelling("-v list-br", o -> o.logging().verbosity(), List.of("")),
                spelling("-vdbg -vconsole:off list-br", o -> o.logging().verbosity(), List.of("dbg", "console:off")),
                spelling("--verbose=vsctl:file:info list-br", o -> o.logging().verbosity(), List.of("vsctl:file:info")),
                spelling("--log-file list-br", o -> o.logging().logFile(), Optional.of("/log/test/ovsguard.log")),
                spelling("--no-syslog list-br", o -> o.logging().noSyslog(), true),
                spelling("--syslog-method=libc --syslog-method=null list-br", o -> o.logging().syslogMethod(),
                        Optional.of("libc")),
                spelling("--syslog-target=h:1 list-br", o -> o.logging().syslogTarget(), Optional.of("h:1")),
                spelling("-p /dev/null list-br", o -> o.ssl().privateKey(), Optional.of("/dev/null")),
                spelling("--private-key=/dev/null list-br", o -> o.ssl().privateKey(), Optional.of("/dev/null")),
                spelling("--private-key=/nonexistent/k list-br", o -> o.ssl().privateKey(), Optional.empty()),
                spelling("-c /dev/null list-br", o -> o.ssl().certificate(), Optional.of("/dev/null")),
                spelling("--certificate /dev/null list-br", o -> o.ssl().certificate(), Optional.of("/dev/null")),
                spelling("-c /dev/null -c /nonexistent/c list-br", o -> o.ssl().certificate(),
                        Optional.of("/dev/null")),
                spelling("-C ca list-br", o -> o.ssl().caCert(), Optional.of("ca")),
                spelling("--ca-cert=ca list-br", o -> o.ssl().bootstrapCaCert(), false),
                spelling("--bootstrap-ca-cert=ca list-br", o -> o.ssl().bootstrapCaCert(), true),
                spelling("--bootstrap-ca-cert=b list-br", o -> o.ssl().caCert(), Optional.of("b")),
                spelling("--peer-ca-cert=p list-br", o -> o.ssl().peerCaCert(), Optional.of("p")),
                spelling("--ssl-protocols=TLSv1.2 list-br", o -> o.ssl().protocols(), Optional.of("TLSv1.2")),
                spelling("--ssl-ciphers=HIGH list-br", o -> o.ssl().ciphers(), Optional.of("HIGH")),
                spelling("list-br", GlobalOptions::guard, GuardOptions.DEFAULT),
                spelling("--no-validate list-br", o -> o.guard().validate(), false),
                spelling("--no-v list-br", o -> o.guard().validate(), false),
                spelling("--force list-br", o -> o.guard().force(), true),
                spelling("--no-rollback list-br", o -> o.guard().rollback(), false),
                spelling("--sysfs-root=/tmp/sys list-br", o -> o.guard().sysfsRoot(), Optional.of(Path.of("/tmp/sys"))),
                spelling("--sysfs-root /tmp/sys list-br", o -> o.guard().sysfsRoot(), Optional.of(Path.of("/tmp/sys"))),
                spelling("--json list-br", o -> o.guard().json(), true));
    }

    private static Arguments spelling(String commandLine, Function<GlobalOptions, Object> property, Object expected) {
        return Arguments.of(commandLine, property, expected);
    }

    @ParameterizedTest(name = "[{0}] -> {2}")
    @MethodSource("globalOptionSpellings")
    void globalOptionSpellingSetsItsProperty(String commandLine, Function<GlobalOptions, Object> property,
                                             Object expected) {
        assertThat(property.apply(globals(commandLine))).isEqualTo(expected);
    }

    @Test
    void explicitLogFileIsCreatedWhenOpened(@TempDir Path dir) {
        Path file = dir.resolve("vsctl.log");

        GlobalOptions options = globals("--log-file=" + file + " list-br");

        assertThat(options.logging().logFile()).contains(file.toString());
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void informationalOptionsEndParsingAtOnce() {
        assertThat(PARSER.parse("--help", "--bogus")).isInstanceOf(ParseResult.ShowHelp.class);
        assertThat(PARSER.parse("-Vh")).isInstanceOf(ParseResult.ShowVersion.class);
        assertThat(PARSER.parse("--commands")).isInstanceOf(ParseResult.ShowCommands.class);
        assertThat(PARSER.parse("--opt")).isInstanceOf(ParseResult.ShowOptions.class);
        assertThat(PARSER.parse("check", "--help")).isEqualTo(
                new ParseResult.ShowCommandHelp(CommandTables.standard().find("check").orElseThrow()));
    }

    @Test
    void commandsAreSplitAtDoubleDashesWithTheirOwnOptions() {
        ParseResult.Execute result = execute("--may-exist add-br br0 -- --if-exists del-br br1 -- "
                + "--id=@q create QoS type=linux-htb -- list-br");

        assertThat(result.commands()).extracting(CommandInvocation::name)
                .containsExactly("add-br", "del-br", "create", "list-br");
        assertThat(result.commands().get(0).has("--may-exist")).isTrue();
        assertThat(result.commands().get(1).has("--if-exists")).isTrue();
        assertThat(result.commands().get(2).optionValue("--id")).contains("@q");
        assertThat(result.commands().get(2).arguments()).containsExactly("QoS", "type=linux-htb");
        assertThat(result.commands().get(3).options()).isEmpty();
    }

    @Test
    void leadingCommandOptionsMayBeAbbreviatedAndTakeSeparateArguments() {
        ParseResult.Execute result = execute("--id @b --no-wait get Bridge br0 name");

        assertThat(result.commands().get(0).optionValue("--id")).contains("@b");
        assertThat(result.options().waitForReload()).isFalse();
        assertThat(execute("--may add-br br0").commands().get(0).has("--may-exist")).isTrue();
    }

    @Test
    void optionsAfterDoubleDashAreNotAbbreviated() {
        assertThatThrownBy(() -> execute("-- --may add-br br0"))
                .isInstanceOf(UsageException.class).hasMessage("'add-br' command has no '--may' option");
    }

    @Test
    void echoesACommandAsWordsWithItsOptions() {
        assertThat(execute("-- --id=@x --if-exists get Bridge b").commands().get(0).words())
                .containsExactlyInAnyOrder("--id=@x", "--if-exists", "get", "Bridge", "b")
                .endsWith("get", "Bridge", "b");
    }

    @Test
    void ownOptionsNeverShadowOvsVsctlAbbreviations() {
        // --fo abbreviates --format in ovs-vsctl; ovsguard's --force must not make it ambiguous.
        assertThatThrownBy(() -> execute("--fo list-br")).isInstanceOf(UsageException.class)
                .hasMessage("unknown output format \"list-br\"");
        assertThatThrownBy(() -> execute("--no list-br")).isInstanceOf(OptionSyntaxException.class)
                .hasMessage("option '--no' is ambiguous; possibilities: '--no-syslog' '--no-wait' '--no-leader-only' "
                        + "'--no-shuffle-remotes' '--no-headings'");
    }

    @Test
    void timeoutMustBeAPositiveWholeNumber() {
        for (String bad : List.of("0", "-1", "1.5", "", " 5x", "4294967296")) {
            assertThatThrownBy(() -> PARSER.parse("--timeout=" + bad, "list-br")).as(bad)
                    .isInstanceOf(UsageException.class)
                    .hasMessage("value " + bad + " on -t or --timeout is invalid");
        }
        assertThat(globals("--timeout=\t3 list-br").timeoutSeconds()).hasValue(3);
    }

    @Test
    void verbositySpecsAreCheckedWordByWord() {
        assertThat(VerbositySpec.problem("vsctl:console:dbg")).isEmpty();
        assertThat(VerbositySpec.problem("ANY:SYSLOG:WARN")).isEmpty();
        assertThat(VerbositySpec.problem("reconnect,jsonrpc")).contains("cannot specify multiple modules");
        assertThat(VerbositySpec.problem("console:file")).contains("cannot specify multiple destinations");
        assertThat(VerbositySpec.problem("dbg warn")).contains("cannot specify multiple levels");
        assertThat(VerbositySpec.problem("nosuch")).contains("no destination, level, or module \"nosuch\"");
        assertThat(VerbositySpec.problem("PATTERN")).contains("missing destination");
        assertThat(VerbositySpec.problem("pattern:disk:%m")).contains("unknown destination \"disk\"");
        assertThat(VerbositySpec.problem("FACILITY:local3")).isEmpty();
        assertThat(VerbositySpec.problem("FACILITY:local9")).contains("invalid facility");
    }
}
