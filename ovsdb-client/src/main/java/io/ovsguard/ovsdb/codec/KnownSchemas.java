package io.ovsguard.ovsdb.codec;

import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.KnownSchema;
import java.util.List;
import java.util.Optional;

/**
 * Recognises a {@code get_schema} result that is exactly the served text of a {@link KnownSchema}. Only a result kept
 * as text can be compared (the codec keeps results of {@link ResultFrame#MIN_CHARS} and more so); a codec given the
 * known schemas has already compared it, and skipped checking a known text. A result already built into a tree is
 * parsed as usual.
 */
public final class KnownSchemas {

    private KnownSchemas() {
    }

    /** The known schema whose served text {@code result} is, if any. */
    public static Optional<DatabaseSchema> match(Payload result, List<KnownSchema> known) {
        if (result instanceof ResultFrame frame && frame.knownSchema().isPresent()) {
            return Optional.of(frame.knownSchema().get().schema());
        }
        if (known.isEmpty()) {
            return Optional.empty();
        }
        TextPayload text;
        if (result instanceof ResultFrame frame) {
            text = frame.resultText();
        } else if (result instanceof TextPayload payload) {
            text = payload;
        } else {
            return Optional.empty();
        }
        for (KnownSchema schema : known) {
            if (schema.isServedAs(text.frame(), text.start(), text.end())) {
                return Optional.of(schema.schema());
            }
        }
        return Optional.empty();
    }
}
