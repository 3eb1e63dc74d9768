package io.ovsguard.validator.source;

import io.ovsguard.validator.switchconf.ConfigSyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code COLUMN[:KEY]=VALUE} words of one {@code set Interface} command that matter to the memory model.
 * Option values stay text (a bad {@code n_rxq} is a finding later); {@code mtu_request} must be an integer, as
 * ovs-vsctl itself insists.
 */
record InterfaceColumns(Optional<String> type, Map<String, String> options, OptionalLong mtuRequest) {

    InterfaceColumns {
        options = Map.copyOf(options);
    }

    static InterfaceColumns parse(String port, List<String> words) {
        Optional<String> type = Optional.empty();
        Map<String, String> options = new LinkedHashMap<>();
        OptionalLong mtu = OptionalLong.empty();
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw new ConfigSyntaxException("set Interface " + port, word, "expected COLUMN[:KEY]=VALUE");
            }
            String column = word.substring(0, eq);
            String value = VsctlChange.unquote(word.substring(eq + 1));
            if (column.equals("type")) {
                type = Optional.of(value);
            } else if (column.startsWith("options:")) {
                options.put(VsctlChange.unquote(column.substring("options:".length())), value);
            } else if (column.equals("mtu_request")) {
                mtu = mtuRequest(port, value);
            } else {
                throw new ConfigSyntaxException("set Interface " + port, word,
                        "column not modelled (type, options:KEY, mtu_request)");
            }
        }
        return new InterfaceColumns(type, options, mtu);
    }

    private static OptionalLong mtuRequest(String port, String value) {
        if (value.equals("[]")) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new ConfigSyntaxException("Interface " + port + " mtu_request", value, "expected an integer");
        }
    }
}
