package io.ovsguard.ovsdb.error;

/** An unknown table or column, or a value that does not fit the column's type, found before sending. */
public class SchemaException extends OvsdbException {

    public SchemaException(String message) {
        super(message);
    }
}
