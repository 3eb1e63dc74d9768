package io.ovsguard.archfixture.notation;

import com.google.gson.JsonPrimitive;
import io.netty.buffer.Unpooled;
import io.ovsguard.archfixture.codec.FixtureCodec;

/** Deliberately breaks every boundary rule: a "value" that knows Gson, Netty and the codec. */
public final class JsonAwareValue {

    private JsonAwareValue() {
    }

    public static Object leak() {
        return new Object[] {new JsonPrimitive(1), Unpooled.EMPTY_BUFFER, FixtureCodec.name()};
    }
}
