package io.ovsguard.cli.app;

import io.ovsguard.sandbox.junit.HostPrerequisite;
import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.InProcessCli;
import io.ovsguard.cli.RealVsctl;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test of the command-line grammar: each command line goes through the installed ovs-vsctl and
 * through ovsguard running as {@code ovs-vsctl}. Where ovs-vsctl rejects the line, stdout, stderr and the exit status
 * must be identical; where it accepts it (and then fails to reach the deliberately absent database), ovsguard must
 * accept it too, which without command handlers shows as "not implemented yet".
 */
class VsctlUsageErrorsTest {

    private static final String CONNECTION_FAILED = "database connection failed";
    private static final Pattern VLOG_TIME = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\|",
            Pattern.MULTILINE);

    @BeforeAll
    static void requireRealOvsVsctl() {
        HostPrerequisite.require(RealVsctl.installed(), "needs " + RealVsctl.BINARY + " (package openvswitch-common)");
    }

    static Stream<String> commandLines() {
        return Stream.of(
                // no command, unknown command
                "", "--", "-- --", "bogus", "Bogus add-br", "--db=x bogus",
                // getopt: unknown, missing argument, unexpected argument, ambiguous abbreviations
                "--foo", "--foo=bar", "---foo", "--db", "-x", "-hx", "-xh", "-t", "-f", "-d", "-p", "-c", "-C",
                "--private-key", "--certificate", "--ca-cert", "--bootstrap-ca-cert", "--peer-ca-cert",
                "--syslog-method", "--syslog-target", "--max-column-width", "--ssl-protocols", "--ssl-ciphers",
                "--no-wait=1", "--bare=1", "--leader-only=x", "--help=1", "--commands=1", "--pretty=yes",
                "--no", "--no=1", "--i add-br x", "--v", "--f list-br", "--c list-br", "--co list-br",
                "--s list-br", "--p list-br", "--d list-br", "--r list-br", "--b list-br", "--l list-br",
                "--sh list-br", "--no-s list-br", "--if list-br", "--ma list-br",
                // abbreviations and spellings that parse
                "--may add-br x", "--in=5 set-manager x", "--fa list-br", "--col=name list-br", "--real --fake list-br",
                "--he", "--vers", "--db unix:/x list-br", "--db=unix:/x list-br", "-t 5 list-br", "-t5 list-br",
                "--timeout 5 list-br", "--time=5 list-br", "-fjson list-br", "-f json list-br", "-dbare list-br",
                "--data=json list-br", "--bare --no-headings --pretty list-br", "-v list-br", "-vdbg list-br",
                "--verbose list-br", "--verbose=vsctl:console:dbg list-br", "--log-file list-br",
                "--no-syslog --oneline --dry-run --no-wait list-br", "--retry bogus", "--retry -- --retry list-br", "--leader-only --no-shuffle-remotes list-br",
                "-p k -c c -C ca list-br", "--bootstrap-ca-cert=ca --peer-ca-cert=p list-br", "--max-column-width=x list-br",
                // timeout values
                "--t=0 list-br", "-t0 list-br", "-t abc list-br", "-t +5 list-br", "-t -5 list-br", "-t -0 list-br",
                "-t 4294967295 list-br", "-t 4294967296 list-br", "--timeout=5x list-br", "--timeout= list-br",
                "-t 99999999999999999999 list-br",
                // output formats
                "-f xx list-br", "--format=xx list-br", "--format=TABLE list-br", "-d xx list-br", "--data= list-br",
                "-f table -f csv -f html -f list list-br",
                // verbosity specs
                "-vfoo list-br", "--verbose=foo:bar list-br", "-vconsole:file list-br", "-vdbg:info list-br",
                "-vvsctl:reconnect list-br", "-vPATTERN list-br", "-vPATTERN:foo list-br", "-vPATTERN:any:%m list-br",
                "-vFACILITY:foo list-br", "-vFACILITY:daemon list-br", "-vANY:ANY:DBG list-br", "-v, list-br",
                // per-command options: position, repetition, unknown, arguments
                "-- --may-exist list-br", "-- --oneline list-br", "--may-exist --", "--may-exist -- -- add-br x",
                "-- -- add-br x", "--id=@a add-br x", "-- --id add-br x", "-- --id=@b get Bridge b",
                "-- --may-exist=1 add-br x", "-- --inactivity-probe set-manager x",
                "-- --inactivity-probe=5 set-manager x", "-- --may-exist --may-exist add-br x",
                "--may-exist --may-exist add-br x", "--may-exist -- --may-exist add-br x", "list-br -- --may-exist",
                "--all list-br", "--columns list-br", "--columns= list-br", "--if-exists=3 del-br x",
                "-- --if del-br x", "-- -exists del-br x", "-- - del-br x", "- list-br", "-- --all=1 destroy Bridge",
                "-- --real=1 list-br", "-- --with-iface del-port x", "--fake-iface -- add-bond a b c d",
                "--fake add-bond a b c d", "-- --bootstrap set-ssl a b c", "-- --if-exists --id=x get Open_vSwitch .",
                "-- --x=1 --y add-br a", "-- --if-exists --columns=x --all destroy Bridge",
                "add-br a -- -- del-br a", "add-br a -- --if-exists del-br b -- --may-exist add-port a p",
                // argument counts
                "add-br", "add-br a b c d", "add-br a b c -d", "add-br a b -- --x", "del-port", "del-port a b c",
                "del-port a b -c", "set-ssl a b", "set-ssl a b c d", "get", "get Bridge", "comment", "comment a b c",
                "add-zone-tp a b", "del-zone-tp a", "list-dp-cap", "list-dp-cap a b", "emer-reset x", "init x",
                "wait-until Bridge", "br-set-external-id a", "br-set-external-id a b c d", "add-bond a b c",
                "add-aa-mapping a b", "set-controller", "list-br x", "show --help",
                "add-br a -- add-br", "list-br -- bogus", "list-br -- add-br -- list-br",
                // log file that cannot be opened (vlog warning, timestamp normalised)
                "--log-file=/nonexistent/dir/x list-br");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("commandLines")
    void behavesLikeOvsVsctl(String commandLine) {
        String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");

        RealVsctl.Result real = RealVsctl.run(args);
        RealVsctl.Result ours = InProcessCli.runAsVsctl(args);

        if (real.stderr().contains(CONNECTION_FAILED)) {
            assertThat(ours.stderr()).as("ovs-vsctl accepted the line, so must ovsguard")
                    .endsWith("command is not implemented yet\n");
            assertThat(ours.exitCode()).isEqualTo(1);
        } else {
            assertThat(normalised(ours.stderr())).isEqualTo(normalised(real.stderr()));
            assertThat(ours.stdout()).isEqualTo(real.stdout());
            assertThat(ours.exitCode()).isEqualTo(real.exitCode());
        }
    }

    private static String normalised(String stderr) {
        return VLOG_TIME.matcher(stderr).replaceAll("TIME|");
    }
}
