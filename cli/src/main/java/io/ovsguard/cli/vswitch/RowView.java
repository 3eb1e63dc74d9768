package io.ovsguard.cli.vswitch;

import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.Uuid;

/** One database row as the bridge model reads it: its uuid and column values. */
public interface RowView {

    Uuid uuid();

    Datum read(String column);
}
