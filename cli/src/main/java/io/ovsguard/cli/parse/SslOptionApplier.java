package io.ovsguard.cli.parse;

import java.nio.file.Path;
import java.util.Optional;

/** Applies the PKI options and ovsguard's own options, the tail of {@link GlobalOptionApplier}'s dispatch. */
final class SslOptionApplier {

    private SslOptionApplier() {
    }

    static void apply(GlobalOption option, String value, GlobalOptions.Builder options) {
        SslOptions ssl = options.ssl();
        Optional<String> given = Optional.of(value);
        logLoad(option, value, options);
        switch (option) {
            case PRIVATE_KEY:
                // a key or certificate that failed to load leaves the one loaded before (if any) configured
                options.ssl(new SslOptions(given.filter(PkiFileLoads::loads).or(ssl::privateKey), ssl.certificate(),
                        ssl.caCert(), ssl.bootstrapCaCert(), ssl.peerCaCert(), ssl.protocols(), ssl.ciphers()));
                break;
            case CERTIFICATE:
                options.ssl(new SslOptions(ssl.privateKey(), given.filter(PkiFileLoads::loads).or(ssl::certificate),
                        ssl.caCert(), ssl.bootstrapCaCert(), ssl.peerCaCert(), ssl.protocols(), ssl.ciphers()));
                break;
            case CA_CERT:
            case BOOTSTRAP_CA_CERT:
                options.ssl(new SslOptions(ssl.privateKey(), ssl.certificate(), given,
                        option == GlobalOption.BOOTSTRAP_CA_CERT, ssl.peerCaCert(), ssl.protocols(), ssl.ciphers()));
                break;
            case PEER_CA_CERT:
                options.ssl(new SslOptions(ssl.privateKey(), ssl.certificate(), ssl.caCert(), ssl.bootstrapCaCert(),
                        given, ssl.protocols(), ssl.ciphers()));
                break;
            case SSL_PROTOCOLS:
                options.ssl(new SslOptions(ssl.privateKey(), ssl.certificate(), ssl.caCert(), ssl.bootstrapCaCert(),
                        ssl.peerCaCert(), given, ssl.ciphers()));
                break;
            case SSL_CIPHERS:
                options.ssl(new SslOptions(ssl.privateKey(), ssl.certificate(), ssl.caCert(), ssl.bootstrapCaCert(),
                        ssl.peerCaCert(), ssl.protocols(), given));
                break;
            default:
                applyGuardOption(option, value, options);
        }
    }

    /** ovs-vsctl loads each PKI file as it reads the option, and logs a failed load then. */
    private static void logLoad(GlobalOption option, String value, GlobalOptions.Builder options) {
        PkiFileLoads loads = options.pkiLoads();
        int specs = options.verbositySpecs();
        switch (option) {
            case PRIVATE_KEY:
                loads.privateKey(value, specs);
                break;
            case CERTIFICATE:
                loads.certificate(value, specs);
                break;
            case CA_CERT:
            case BOOTSTRAP_CA_CERT:
                loads.caCert(value, option == GlobalOption.BOOTSTRAP_CA_CERT, specs);
                break;
            case PEER_CA_CERT:
                loads.peerCaCert(value, specs);
                break;
            case SSL_PROTOCOLS:
                loads.protocols(value, specs);
                break;
            default:
                break;
        }
    }

    private static void applyGuardOption(GlobalOption option, String value, GlobalOptions.Builder options) {
        GuardOptions guard = options.guard();
        switch (option) {
            case NO_VALIDATE:
                options.guard(new GuardOptions(false, guard.force(), guard.rollback(), guard.sysfsRoot(),
                        guard.json()));
                break;
            case FORCE:
                options.guard(new GuardOptions(guard.validate(), true, guard.rollback(), guard.sysfsRoot(),
                        guard.json()));
                break;
            case NO_ROLLBACK:
                options.guard(new GuardOptions(guard.validate(), guard.force(), false, guard.sysfsRoot(),
                        guard.json()));
                break;
            case SYSFS_ROOT:
                options.sysfsRoot(Path.of(value));
                break;
            case JSON:
                options.guard(new GuardOptions(guard.validate(), guard.force(), guard.rollback(), guard.sysfsRoot(),
                        true));
                break;
            default:
                throw new IllegalStateException("option not handled: " + option);
        }
    }
}
