package io.ovsguard.cli.vswitch;

import java.util.Optional;

/**
 * One timeout of {@code add-zone-tp}: the first {@code key=value} pair of an argument, read the way OVS reads
 * key-value lists elsewhere ({@code key=value}, {@code key:value} or {@code key(value)}; a bare key has an empty
 * value). Anything after the first pair is ignored, and the value counts as C's {@code atoi} of its text.
 *
 * @param key   the timeout's name (the server checks it against the allowed names)
 * @param value the number of seconds, possibly negative or truncated, as ovs-vsctl computes it
 */
record TimeoutPolicyArgument(String key, int value) {

    private static final String PAIR_DELIMITERS = ", \t\r\n";
    private static final String KEY_ENDS = ":=(" + PAIR_DELIMITERS;

    /** The argument's first pair; empty when it holds nothing but delimiters. */
    static Optional<TimeoutPolicyArgument> parse(String argument) {
        int start = 0;
        while (start < argument.length() && PAIR_DELIMITERS.indexOf(argument.charAt(start)) >= 0) {
            start++;
        }
        if (start == argument.length()) {
            return Optional.empty();
        }
        int keyEnd = start;
        while (keyEnd < argument.length() && KEY_ENDS.indexOf(argument.charAt(keyEnd)) < 0) {
            keyEnd++;
        }
        String key = argument.substring(start, keyEnd);
        char delimiter = keyEnd < argument.length() ? argument.charAt(keyEnd) : '\0';
        if (delimiter != ':' && delimiter != '=' && delimiter != '(') {
            return Optional.of(new TimeoutPolicyArgument(key, 0));
        }
        String value = argument.substring(keyEnd + 1);
        if (delimiter != '(' && !value.isEmpty() && PAIR_DELIMITERS.indexOf(value.charAt(0)) >= 0) {
            return Optional.of(new TimeoutPolicyArgument(key, 0));   // "key= 5": the value is empty
        }
        // otherwise where the value ends does not matter: atoi stops at its first character that is not a digit
        return Optional.of(new TimeoutPolicyArgument(key, CNumber.atoi(value)));
    }
}
