/**
 * Bytes on the wire: framing of concatenated JSON texts ({@link
 * io.ovsguard.ovsdb.transport.JsonTextScanner}, {@link io.ovsguard.ovsdb.transport.JsonFrameDecoder}),
 * the Netty pipeline, TLS from OVS-style PEM files, the inactivity probe, and {@link
 * io.ovsguard.ovsdb.transport.OvsdbConnector}, which opens {@link io.ovsguard.ovsdb.transport.RpcConnection}s
 * to active remotes and accepts them on passive ones.
 */
package io.ovsguard.ovsdb.transport;
