package io.ovsguard.ovsdb.cluster;

import io.ovsguard.ovsdb.error.ProtocolException;

/** How a server holds a database, as the {@code model} column of {@code _Server.Database} says. */
public enum DatabaseModel {
    /** A single file on one server. */
    STANDALONE("standalone"),
    /** One member of a Raft cluster. */
    CLUSTERED("clustered"),
    /** A read-mostly relay that forwards transactions to its source. */
    RELAY("relay");

    private final String token;

    DatabaseModel(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    /** The model named {@code token}; a server speaking of another model breaks the {@code _Server} schema. */
    public static DatabaseModel fromToken(String token) {
        for (DatabaseModel model : values()) {
            if (model.token.equals(token)) {
                return model;
            }
        }
        throw new ProtocolException("_Server.Database has an unknown model \"" + token + "\"");
    }
}
