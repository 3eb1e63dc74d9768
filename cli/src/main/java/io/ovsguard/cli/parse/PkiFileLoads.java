package io.ovsguard.cli.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What ovs-vsctl logs while it parses the PKI options: it loads each file into its TLS context as soon as the option
 * is read, whatever the remote, and logs the loads that fail. The message quotes one entry of OpenSSL's per-thread
 * error queue, the oldest one, and leaves the others queued for the next failure to quote; so the text of a failure
 * depends on the failures before it. This models the queue for files that do not exist: a missing key or
 * certificate queues three errors (system, BIO, SSL), a missing CA certificate two (system, BIO). Files that exist
 * are taken as loaded.
 */
final class PkiFileLoads {

    private static final String MODULE = "stream_ssl";
    private static final String NO_SUCH_FILE = "error:80000002:system library::No such file or directory";
    private static final String BIO_SYSTEM = "error:10080002:BIO routines::system lib";
    private static final String SSL_SYSTEM = "error:0A080002:SSL routines::system lib";
    /** OpenSSL's error queue is a ring of 16 slots that holds at most 15 errors; the oldest are dropped. */
    private static final int QUEUE_CAPACITY = 15;
    private static final String DEFAULT_PROTOCOLS = "TLSv1,TLSv1.1,TLSv1.2";
    private static final Set<String> PROTOCOLS = Set.of("tlsv1.2", "tlsv1.1", "tlsv1");

    private final Deque<String> errorQueue = new ArrayDeque<>();
    private final List<StartupLogLine> lines;
    private Optional<String> privateKey = Optional.empty();
    private Optional<String> certificate = Optional.empty();
    private Optional<String> caCert = Optional.empty();
    private String protocols = DEFAULT_PROTOCOLS;

    /** @param lines where the messages go, in order with the other messages of the option parsing */
    PkiFileLoads(List<StartupLogLine> lines) {
        this.lines = lines;
    }

    void privateKey(String file, int specsBefore) {
        if (changes(privateKey, file)) {
            privateKey = Optional.of(file);
            loadKeyOrCertificate("SSL_use_PrivateKey_file: ", file, specsBefore);
        }
    }

    void certificate(String file, int specsBefore) {
        if (changes(certificate, file)) {
            certificate = Optional.of(file);
            loadKeyOrCertificate("SSL_use_certificate_file: ", file, specsBefore);
        }
    }

    void caCert(String file, boolean bootstrap, int specsBefore) {
        if (!changes(caCert, file)) {
            return;
        }
        caCert = Optional.of(file);
        if (file.equals("none")) {
            log("WARN", "Peer certificate validation disabled (this is a security risk)", specsBefore);
        } else if (!exists(file) && !bootstrap) {
            queue(NO_SUCH_FILE, BIO_SYSTEM);
            log("ERR", "failed to load client certificates from " + file + ": " + errorQueue.poll(), specsBefore);
        }
        // a missing bootstrap CA certificate is fetched from the peer later: nothing to log now
    }

    void peerCaCert(String file, int specsBefore) {
        // read with the C library, not OpenSSL: the message is strerror's and the error queue is untouched
        if (!exists(file)) {
            log("ERR", "failed to open " + file + " for reading: No such file or directory", specsBefore);
        }
    }

    void protocols(String value, int specsBefore) {
        if (value.equals(protocols)) {
            return;
        }
        List<String> words = List.of(value.split("[ ,\t]+")).stream().filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            log("ERR", "SSL protocol settings invalid", specsBefore);
            return;
        }
        for (String word : words) {
            if (!PROTOCOLS.contains(word.toLowerCase(Locale.ROOT))) {
                log("ERR", word + ": SSL protocol not recognized", specsBefore);
                return;
            }
        }
        protocols = value;
    }

    /** Whether a key or certificate file loads (here: exists), so that it counts as configured for SSL. */
    static boolean loads(String file) {
        return exists(file);
    }

    private void loadKeyOrCertificate(String prefix, String file, int specsBefore) {
        if (!loads(file)) {
            queue(NO_SUCH_FILE, BIO_SYSTEM, SSL_SYSTEM);
            log("ERR", prefix + errorQueue.poll(), specsBefore);
        }
    }

    /** A file option is reloaded only when its name changes (or the file's time stamp, which cannot here). */
    private static boolean changes(Optional<String> current, String file) {
        return !current.equals(Optional.of(file));
    }

    private static boolean exists(String file) {
        return !file.isEmpty() && Files.exists(Path.of(file));
    }

    private void queue(String... errors) {
        for (String error : errors) {
            if (errorQueue.size() == QUEUE_CAPACITY) {
                errorQueue.poll();
            }
            errorQueue.add(error);
        }
    }

    private void log(String level, String text, int specsBefore) {
        lines.add(new StartupLogLine(MODULE, level, text, specsBefore));
    }
}
