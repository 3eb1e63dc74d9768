package io.ovsguard.validator.switchconf;

/** A configuration value that OVS or DPDK would reject or misread. The message quotes the offending text. */
public final class ConfigSyntaxException extends RuntimeException {

    private final String key;
    private final String text;

    public ConfigSyntaxException(String key, String text, String problem) {
        super(key + "=\"" + text + "\": " + problem);
        this.key = key;
        this.text = text;
    }

    /** The column or key the value came from, e.g. {@code other_config:dpdk-socket-mem}. */
    public String key() {
        return key;
    }

    /** The offending text, verbatim. */
    public String text() {
        return text;
    }
}
