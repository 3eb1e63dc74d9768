package io.ovsguard.it.cli.vsctl;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A deliberately plain JSON-RPC connection to an ovsdb-server, independent of the code under test: the harness
 * reads and rebuilds whole databases through it, including inserts with a chosen {@code "uuid"} (an ovsdb-server
 * extension ovsguard's client has no use for).
 */
final class RawOvsdbConnection implements AutoCloseable {

    static final String DATABASE = "Open_vSwitch";

    private final SocketChannel channel;
    private final JsonReader reader;
    private int nextId;

    RawOvsdbConnection(Path socket) {
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            reader = new JsonReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
            reader.setLenient(true);   // the server's replies follow each other without separators
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect to " + socket, e);
        }
    }

    JsonObject schema() {
        JsonArray params = new JsonArray();
        params.add(DATABASE);
        return call("get_schema", params).getAsJsonObject();
    }

    /** Runs {@code operations} in one transaction and fails if any of them failed. */
    JsonArray transact(JsonArray operations) {
        JsonArray params = new JsonArray();
        params.add(DATABASE);
        params.addAll(operations);
        JsonArray results = call("transact", params).getAsJsonArray();
        for (JsonElement result : results) {
            if (result.isJsonObject() && result.getAsJsonObject().has("error")) {
                throw new IllegalStateException("transaction failed: " + results + " for " + operations);
            }
        }
        return results;
    }

    private JsonElement call(String method, JsonArray params) {
        JsonObject request = new JsonObject();
        int id = nextId++;
        request.addProperty("method", method);
        request.add("params", params);
        request.add("id", new JsonPrimitive(id));
        try {
            channel.write(ByteBuffer.wrap(request.toString().getBytes(StandardCharsets.UTF_8)));
            while (true) {
                JsonObject reply = JsonParser.parseReader(reader).getAsJsonObject();
                if (reply.has("id") && reply.get("id").isJsonPrimitive() && reply.get("id").getAsInt() == id) {
                    if (reply.has("error") && !reply.get("error").isJsonNull()) {
                        throw new IllegalStateException(method + " failed: " + reply.get("error"));
                    }
                    return reply.get("result");
                }
                // anything else (an echo request, a notification) is not for this call
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " failed", e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
