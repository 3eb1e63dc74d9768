package io.ovsguard.it.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.exec.KnownVswitchSchema;
import io.ovsguard.it.support.ProjectRoot;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.OvsdbClients;
import io.ovsguard.ovsdb.codec.SchemaParser;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.KnownSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import io.ovsguard.ovsdb.transport.JsonTextScanner;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.WithSandbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CLI compiles in the Open_vSwitch schema that the installed ovsdb-server serves ({@link KnownVswitchSchema}), so
 * that a call does not parse it. This test keeps that class true: it fetches the served text from a real server, checks
 * that the class holds exactly that text and builds every table exactly as the parser builds it from the text, and
 * that a client given it uses it. When the server serves something else (an OVS upgrade), it fails and writes the
 * class to check in to {@code it-tests/target/known-schema/KnownVswitchSchema.java}.
 */
@ExtendWith(OvsSandboxExtension.class)
class KnownVswitchSchemaIT {

    private static final Path CHECKED_IN = Path.of("cli/src/main/java/io/ovsguard/cli/exec/KnownVswitchSchema.java");

    @Test
    void theCompiledInSchemaIsWhatTheInstalledServerServes(@WithSandbox OvsSandbox sandbox) throws IOException {
        String served = servedSchemaText(sandbox.dbSocket());
        DatabaseSchema parsed = SchemaParser.parse(served);
        String version = sandbox.vsctl("--version").orThrow().stdout().lines().findFirst().orElse("ovsdb-server");
        String source = KnownSchemaSource.render("io.ovsguard.cli.exec", "KnownVswitchSchema", "OPEN_VSWITCH",
                parsed, served, version.replace("ovs-vsctl", "ovsdb-server"));

        Path root = ProjectRoot.find();
        String checkedIn = Files.readString(root.resolve(CHECKED_IN), StandardCharsets.UTF_8);
        if (!checkedIn.equals(source)) {
            Path regenerated = root.resolve("it-tests/target/known-schema/KnownVswitchSchema.java");
            Files.createDirectories(regenerated.getParent());
            Files.writeString(regenerated, source, StandardCharsets.UTF_8);
            throw new AssertionError(CHECKED_IN + " is not what the installed ovsdb-server serves; check in "
                    + regenerated);
        }
        KnownSchema known = KnownVswitchSchema.OPEN_VSWITCH;
        assertThat(known.servedText()).isEqualTo(served);
        assertThat(known.name()).isEqualTo(parsed.name());
        assertThat(known.version()).isEqualTo(parsed.version());
        assertThat(known.cksum()).isEqualTo(parsed.cksum());
        assertThat(known.tableNames()).containsExactlyElementsOf(parsed.tables().keySet());
        DatabaseSchema compiled = known.schema();
        for (String table : parsed.tables().keySet()) {
            TableSchema expected = parsed.table(table);
            assertThat(compiled.table(table)).as(table).isEqualTo(expected);
            assertThat(List.copyOf(compiled.table(table).columns().keySet())).as("column order of " + table)
                    .containsExactlyElementsOf(expected.columns().keySet());
        }
    }

    @Test
    void aClientUsesAKnownSchemaOnlyForItsExactText(@WithSandbox OvsSandbox sandbox) {
        String served = servedSchemaText(sandbox.dbSocket());
        DatabaseSchema parsed = SchemaParser.parse(served);
        AtomicInteger built = new AtomicInteger();
        KnownSchema exact = new KnownSchema(parsed.name(), parsed.version(), parsed.cksum(), served,
                List.copyOf(parsed.tables().keySet()), name -> {
                    built.incrementAndGet();
                    return parsed.table(name);
                });
        KnownSchema otherText = new KnownSchema(parsed.name(), parsed.version(), parsed.cksum(),
                served.replace("\"Bridge\"", "\"Bridgf\""), List.copyOf(parsed.tables().keySet()), name -> {
                    throw new AssertionError("a schema whose text differs must not be used");
                });

        try (BlockingOvsdbClient client = OvsdbClients.connectBlocking(sandbox.unixRemote(),
                ClientOptions.builder().knownSchemas(List.of(otherText, exact)).build())) {
            DatabaseSchema schema = client.getSchema("Open_vSwitch");
            assertThat(schema.table("Bridge")).isEqualTo(parsed.table("Bridge"));
            assertThat(built).hasValue(1);
        }
        try (BlockingOvsdbClient client = OvsdbClients.connectBlocking(sandbox.unixRemote(),
                ClientOptions.builder().knownSchemas(List.of(otherText)).build())) {
            assertThat(client.getSchema("Open_vSwitch").table("Bridge")).isEqualTo(parsed.table("Bridge"));
        }
    }

    /** The result of {@code get_schema} exactly as the server writes it, read from a raw unix socket. */
    static String servedSchemaText(Path socket) {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            channel.write(ByteBuffer.wrap("{\"method\":\"get_schema\",\"params\":[\"Open_vSwitch\"],\"id\":0}"
                    .getBytes(StandardCharsets.UTF_8)));
            JsonTextScanner scanner = new JsonTextScanner(16 * 1024 * 1024);
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            while (true) {
                buffer.clear();
                if (channel.read(buffer) < 0) {
                    throw new AssertionError("ovsdb-server closed the connection before its reply ended");
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte b = buffer.get();
                    JsonTextScanner.Step step = scanner.accept(b);
                    if (step != JsonTextScanner.Step.SKIP) {
                        frame.write(b);
                    }
                    if (step == JsonTextScanner.Step.END) {
                        return resultOf(frame.toString(StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read the schema from " + socket, e);
        }
    }

    private static String resultOf(String frame) {
        String start = "{\"id\":0,\"result\":";
        String end = ",\"error\":null}";
        assertThat(frame).as("ovsdb-server's reply layout").startsWith(start).endsWith(end);
        return frame.substring(start.length(), frame.length() - end.length());
    }
}
