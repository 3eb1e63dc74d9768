package io.ovsguard.ovsdb.result;

import java.util.Optional;

/**
 * The {@code error} tag of a failed operation or commit (RFC 7047 sections 4.1.3 and 5.2, plus
 * the tags ovsdb-server adds). Unknown tags map to {@link #OTHER}; {@link OvsdbError#error()}
 * keeps the raw text.
 */
public enum ErrorTag {
    REFERENTIAL_INTEGRITY_VIOLATION("referential integrity violation"),
    CONSTRAINT_VIOLATION("constraint violation"),
    RESOURCES_EXHAUSTED("resources exhausted"),
    IO_ERROR("I/O error"),
    DUPLICATE_UUID_NAME("duplicate uuid name"),
    DOMAIN_ERROR("domain error"),
    RANGE_ERROR("range error"),
    TIMED_OUT("timed out"),
    NOT_SUPPORTED("not supported"),
    ABORTED("aborted"),
    NOT_OWNER("not owner"),
    SYNTAX_ERROR("syntax error"),
    /** A tag not listed here; see {@link OvsdbError#error()} for the text. */
    OTHER(null);

    private final String token;

    ErrorTag(String token) {
        this.token = token;
    }

    /** The wire text; empty for {@link #OTHER}. */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    /** The tag for {@code error}, {@link #OTHER} if it is not a known one. */
    public static ErrorTag fromToken(String error) {
        for (ErrorTag tag : values()) {
            if (tag.token != null && tag.token.equals(error)) {
                return tag;
            }
        }
        return OTHER;
    }
}
