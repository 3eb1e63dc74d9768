package io.ovsguard.cli.parse;

import java.util.Objects;
import java.util.Optional;

/** A per-command option as the user wrote it: {@code --id=@br} is name {@code --id}, value {@code @br}. */
public record GivenOption(String name, Optional<String> value) {

    public GivenOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** Splits {@code --name=value} at its first {@code =}. */
    static GivenOption parse(String word) {
        int equals = word.indexOf('=');
        return equals < 0 ? new GivenOption(word, Optional.empty())
                : new GivenOption(word.substring(0, equals), Optional.of(word.substring(equals + 1)));
    }
}
