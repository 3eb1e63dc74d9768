package io.ovsguard.cli.vswitch;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.List;
import java.util.Optional;

/** The rows the bridge model is built from: the transaction's view of the database, or fixed rows in tests. */
public interface RowSource {

    /** The live rows of {@code table}, in the order the engine walks them. */
    List<RowView> rows(String table);

    Optional<RowView> row(String table, Uuid uuid);
}
