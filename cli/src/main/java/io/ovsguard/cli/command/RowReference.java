package io.ovsguard.cli.command;

import java.util.Objects;
import java.util.Optional;

/**
 * One way a database command may name a row besides its UUID: by a column of the row itself ({@code by "name"}),
 * or through a reference column of another table whose row has a matching name ({@code via "qos" of Port with
 * matching "name"}).
 *
 * @param nameColumn  the column compared with the user's text
 * @param key         the map key within {@code nameColumn}, if it is a map column
 * @param uuidColumn  the reference column followed to reach the row, if the name is looked up elsewhere
 * @param referrer    the table holding {@code nameColumn} and {@code uuidColumn}, when that is another table
 */
public record RowReference(String nameColumn, Optional<String> key, Optional<String> uuidColumn,
                           Optional<String> referrer) {

    public RowReference {
        Objects.requireNonNull(nameColumn, "nameColumn");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(uuidColumn, "uuidColumn");
        Objects.requireNonNull(referrer, "referrer");
    }

    public static RowReference byColumn(String nameColumn) {
        return new RowReference(nameColumn, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static RowReference via(String referrer, String uuidColumn, String nameColumn) {
        return new RowReference(nameColumn, Optional.empty(), Optional.of(uuidColumn), Optional.of(referrer));
    }

    /** The phrase {@code --help} prints for this reference. */
    public String describe() {
        String matched = key.map(k -> nameColumn + ":" + k).orElse(nameColumn);
        if (uuidColumn.isPresent()) {
            String of = referrer.map(r -> " of " + r).orElse("");
            return "via \"" + uuidColumn.get() + "\"" + of + " with matching \"" + matched + "\"";
        }
        return "by \"" + matched + "\"";
    }
}
