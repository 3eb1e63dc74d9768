package io.ovsguard.it.session;

/** The faults the session and replica must survive. */
enum Fault {
    /** kill -9 ovsdb-server in the middle of a stream of transactions, then restart it on the same database. */
    KILL_SERVER,
    /** SIGSTOP the server until the inactivity probe drops the connection, then SIGCONT. */
    STOP_SERVER,
    /** Cut the connection in the middle of a message from the server. */
    CUT_SERVER_TO_CLIENT,
    /** Cut the connection in the middle of a message to the server. */
    CUT_CLIENT_TO_SERVER
}
