/**
 * A Netty-free OVSDB client for short-lived processes such as a command-line tool: one blocking JDK
 * {@link java.nio.channels.SocketChannel} (unix domain or tcp; a unix socket optionally through a small JNI library,
 * {@code NativeUnixSocket}), one reader thread, and the same codec as the Netty client. It
 * starts in a fraction of the Netty client's time because it creates no event-loop group and loads no channel
 * pipeline or TLS classes. {@code ssl:} remotes need the Netty client ({@link io.ovsguard.ovsdb.OvsdbClients}).
 */
package io.ovsguard.ovsdb.direct;
