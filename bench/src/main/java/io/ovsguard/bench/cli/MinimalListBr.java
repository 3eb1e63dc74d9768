package io.ovsguard.bench.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A peer for the start-up figures: about the least a JVM program can do for {@code list-br}. It connects to the
 * server's unix socket with the JDK's own channels, asks for the schema and then for the bridges' names, one
 * request after the other as ovs-vsctl does, and prints the names sorted. Nothing else: no options but
 * {@code --db=unix:PATH}, no fake bridges, no checks of what the server sent. Started the way bin/ovsguard starts
 * the CLI, with a start-up cache trained on itself, it is what a JVM client on the JDK's unix-domain channel pays for
 * this command before doing anything of its own. That channel seeds a {@code SecureRandom} on first use, which
 * ovsguard's JNI socket avoids, so this is a peer, not ovsguard's floor (docs/cli-performance.md).
 *
 * <p>One class without nested classes or lambdas: {@link PeerJar} puts it alone in a jar.
 * {@link io.ovsguard.ovsdb.direct.MinimalNativeListBr} runs the same requests over ovsguard's JNI socket.
 */
public final class MinimalListBr {

    private static final String DB_OPTION = "--db=unix:";

    private MinimalListBr() {
    }

    public static void main(String[] args) throws IOException {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socketPath(args)))) {
            listBridges(channel);
        }
    }

    /** The PATH of {@code --db=unix:PATH}; a usage message and exit status 2 without one. */
    public static String socketPath(String[] args) {
        String socket = null;
        for (String arg : args) {
            if (arg.startsWith(DB_OPTION)) {
                socket = arg.substring(DB_OPTION.length());
            }
        }
        if (socket == null) {
            System.err.println("usage: --db=unix:PATH [list-br]");
            System.exit(2);
        }
        return socket;
    }

    /** Asks for the schema, then for the bridges' names, and prints the names sorted, one per line. */
    public static void listBridges(ByteChannel channel) throws IOException {
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        send(channel, "{\"id\":0,\"method\":\"get_schema\",\"params\":[\"Open_vSwitch\"]}");
        nextText(channel, pending);
        send(channel, "{\"id\":1,\"method\":\"transact\",\"params\":[\"Open_vSwitch\",{\"op\":\"select\","
                + "\"table\":\"Bridge\",\"where\":[],\"columns\":[\"name\"]}]}");
        StringBuilder out = new StringBuilder();
        for (String name : names(nextText(channel, pending))) {
            out.append(name).append('\n');
        }
        System.out.print(out);
    }

    private static void send(ByteChannel channel, String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /**
     * The next complete JSON text from the channel; bytes read past its end stay in {@code pending} for the next
     * call (the server may answer in one read what belongs to two texts).
     */
    private static String nextText(ByteChannel channel, ByteArrayOutputStream pending) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        while (true) {
            byte[] bytes = pending.toByteArray();
            int end = endOfFirstText(bytes, bytes.length);
            if (end > 0) {
                pending.reset();
                pending.write(bytes, end, bytes.length - end);
                return new String(bytes, 0, end, StandardCharsets.UTF_8);
            }
            buffer.clear();
            if (channel.read(buffer) < 0) {
                throw new IOException("the server closed the connection");
            }
            pending.write(buffer.array(), 0, buffer.position());
        }
    }

    /**
     * Where the first top-level JSON text of {@code bytes[0, length)} ends (the index after its closing bracket), or
     * -1 if it is not complete: brackets are counted outside strings, and a backslash escapes the next byte.
     */
    static int endOfFirstText(byte[] bytes, int length) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if ((b == '}' || b == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The values of every {@code "name"} member of a reply, sorted as ovs-vsctl sorts bridge names (by bytes, which
     * for the benchmark's ASCII names is string order). A backslash escape reads as the character after it, enough
     * for plain names.
     */
    static List<String> names(String reply) {
        String key = "\"name\":\"";
        List<String> names = new ArrayList<>();
        for (int at = reply.indexOf(key); at >= 0; at = reply.indexOf(key, at)) {
            StringBuilder name = new StringBuilder();
            int i = at + key.length();
            while (reply.charAt(i) != '"') {
                char c = reply.charAt(i);
                if (c == '\\') {
                    c = reply.charAt(++i);
                }
                name.append(c);
                i++;
            }
            names.add(name.toString());
            at = i;
        }
        Collections.sort(names);
        return names;
    }
}
