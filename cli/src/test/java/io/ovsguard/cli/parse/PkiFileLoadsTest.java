package io.ovsguard.cli.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PkiFileLoadsTest {

    private static final CommandLineParser PARSER = new CommandLineParser(
            io.ovsguard.cli.command.CommandTables.standard(),
            CliEnvironment.of("ovs-vsctl", Map.of("OVS_RUNDIR", "/run/test")));

    private static List<String> logged(String commandLine) {
        LoggingOptions logging = ((ParseResult.Execute) PARSER.parse(commandLine.split(" "))).options().logging();
        return logging.startupLines().stream().map(l -> l.level() + "|" + l.text() + "|" + l.specsBefore()).toList();
    }

    @Test
    void eachMissingFileQuotesTheOldestQueuedOpensslError() {
        assertThat(logged("--private-key=/n/a --certificate=/n/b --ca-cert=/n/c list-br")).containsExactly(
                "ERR|SSL_use_PrivateKey_file: error:80000002:system library::No such file or directory|0",
                "ERR|SSL_use_certificate_file: error:10080002:BIO routines::system lib|0",
                "ERR|failed to load client certificates from /n/c: error:0A080002:SSL routines::system lib|0");
    }

    @Test
    void aMissingCaCertificateQueuesTwoErrorsAndAKeyThree() {
        assertThat(logged("--ca-cert=/n/a --ca-cert=/n/b --ca-cert=/n/c list-br")).extracting(l -> l.split(": ")[1])
                .containsExactly("error:80000002:system library::No such file or directory|0",
                        "error:10080002:BIO routines::system lib|0",
                        "error:80000002:system library::No such file or directory|0");
    }

    @Test
    void theSameFileTwiceIsLoadedOnce() {
        assertThat(logged("--private-key=/n/a --private-key=/n/a --ca-cert=/n/c --bootstrap-ca-cert=/n/c list-br"))
                .hasSize(2);
    }

    @Test
    void aMissingBootstrapCaCertificateIsNotAnError() {
        assertThat(logged("--bootstrap-ca-cert=/n/ca.pem list-br")).isEmpty();
    }

    @Test
    void noneDisablesPeerVerificationWithAWarning() {
        assertThat(logged("--ca-cert=none list-br"))
                .containsExactly("WARN|Peer certificate validation disabled (this is a security risk)|0");
    }

    @Test
    void aMissingPeerCaCertificateQuotesStrerrorAndLeavesTheQueueAlone() {
        assertThat(logged("--peer-ca-cert=/n/p --private-key=/n/k list-br")).containsExactly(
                "ERR|failed to open /n/p for reading: No such file or directory|0",
                "ERR|SSL_use_PrivateKey_file: error:80000002:system library::No such file or directory|0");
    }

    @Test
    void filesThatExistAreTakenAsLoaded(@TempDir Path dir) throws Exception {
        Path key = Files.writeString(dir.resolve("key.pem"), "x");
        assertThat(logged("--private-key=" + key + " --certificate=" + key + " list-br")).isEmpty();
    }

    @Test
    void unknownProtocolsAreLoggedAndTheDefaultSetIsNot() {
        assertThat(logged("--ssl-protocols=TLSv1.2,nope list-br"))
                .containsExactly("ERR|nope: SSL protocol not recognized|0");
        assertThat(logged("--ssl-protocols=TLSv1,TLSv1.1,TLSv1.2 list-br")).isEmpty();
    }

    @Test
    void aLineRemembersHowManyVerbositySpecsCameBeforeIt() {
        assertThat(logged("-vconsole:off --private-key=/n/a -vdbg -vinfo --certificate=/n/b list-br"))
                .extracting(l -> l.substring(l.lastIndexOf('|') + 1)).containsExactly("1", "3");
    }
}
