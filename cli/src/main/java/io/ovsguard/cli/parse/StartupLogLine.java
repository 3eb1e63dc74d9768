package io.ovsguard.cli.parse;

import java.util.Objects;

/**
 * A message ovs-vsctl's logging module takes while the options are still being parsed (loading a PKI file, for one).
 * Whether it shows depends on the {@code -v} specs given before it, not on later ones.
 *
 * @param module      the logging module, e.g. {@code stream_ssl}
 * @param level       the level name as the console prints it ({@code ERR}, {@code WARN}, {@code INFO})
 * @param specsBefore how many {@code -v}/{@code --verbose} specs preceded the option that logged it
 */
public record StartupLogLine(String module, String level, String text, int specsBefore) {

    public StartupLogLine {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
    }
}
