package io.ovsguard.ovsdb.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.ovsguard.ovsdb.codec.SchemaParser;
import io.ovsguard.ovsdb.codec.StrictJson;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources: the real schemas and the wire capture from ovsdb-server 3.1.0. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Open_vSwitch schema shipped with OVS 3.1.0. */
    public static DatabaseSchema vswitchSchema() {
        return SchemaParser.parse(resource("/schema/vswitch.ovsschema"));
    }

    public static DatabaseSchema serverSchema() {
        return SchemaParser.parse(resource("/schema/_Server.ovsschema"));
    }

    /** One recorded reply or notification list from {@code wire/ovsdb-server-3.1.0-capture.json}. */
    public static JsonElement captured(String name) {
        JsonObject all = StrictJson.parse(resource("/wire/ovsdb-server-3.1.0-capture.json")).getAsJsonObject();
        JsonElement element = all.get(name);
        if (element == null) {
            throw new IllegalArgumentException("nothing captured as " + name);
        }
        return element;
    }
}
