package io.ovsguard.ovsdb.transport;

import io.ovsguard.ovsdb.error.FrameTooLongException;
import io.ovsguard.ovsdb.error.ProtocolException;

/**
 * Finds where each top-level JSON text ends in a byte stream of concatenated texts, one byte at a
 * time, so that every byte is looked at exactly once however the stream is split into reads.
 *
 * <p>OVSDB puts no delimiter between JSON-RPC messages, so the end of a message is the byte that
 * closes its outermost object or array. The scanner only tracks what it needs for that: the
 * nesting depth and whether it is inside a string (and just after a backslash there). It does not
 * validate JSON; the message codec does that on the complete text. Bytes of multi-byte UTF-8
 * sequences are always {@code >= 0x80}, so they can never be mistaken for structural characters.
 *
 * <p>Not thread-safe: one scanner per connection. After it throws, the stream is unusable.
 */
public final class JsonTextScanner {

    /** What one byte meant. */
    public enum Step {
        /** Whitespace between texts: not part of any text, may be discarded. */
        SKIP,
        /** Part of the current text, which is not complete yet. */
        PART,
        /** The last byte of the current text. */
        END
    }

    private static final int BETWEEN = 0;
    private static final int IN_STRUCTURE = 1;
    private static final int IN_STRING = 2;
    private static final int AFTER_BACKSLASH = 3;

    private final int maxTextBytes;
    private int state = BETWEEN;
    private int depth;
    private int textBytes;
    private long offset;
    private boolean failed;

    /** @param maxTextBytes the largest complete text accepted, in bytes; at least 2 */
    public JsonTextScanner(int maxTextBytes) {
        if (maxTextBytes < 2) {
            throw new IllegalArgumentException("maximum message size must be at least 2 bytes: " + maxTextBytes);
        }
        this.maxTextBytes = maxTextBytes;
    }

    /**
     * Consumes the next byte of the stream.
     *
     * @throws ProtocolException if a text would start with anything but {@code {} or {@code [}
     * @throws FrameTooLongException if the current text grows past the limit
     */
    public Step accept(byte b) {
        if (failed) {
            throw new IllegalStateException("the stream already failed; no more input is accepted");
        }
        long position = offset++;
        if (state == BETWEEN) {
            return startText(b, position);
        }
        if (++textBytes > maxTextBytes) {
            failed = true;
            throw new FrameTooLongException(maxTextBytes);
        }
        switch (state) {
            case IN_STRING:
                if (b == '"') {
                    state = IN_STRUCTURE;
                } else if (b == '\\') {
                    state = AFTER_BACKSLASH;
                }
                return Step.PART;
            case AFTER_BACKSLASH:
                // Whatever follows a backslash is escaped, including a quote or another backslash.
                state = IN_STRING;
                return Step.PART;
            default:
                return inStructure(b);
        }
    }

    /**
     * Consumes bytes from {@code bytes[from]} up to {@code bytes[to - 1]} and stops after the first
     * byte that completes a text: the same as {@link #accept} byte by byte, with the same errors,
     * but inside a text in one tight loop (a 1 MB reply is a million bytes).
     *
     * @return the index just after that byte, or {@code -1} if no text was completed
     */
    public int scan(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            if (failed || state == BETWEEN) {
                // starts a text, skips whitespace or fails, as one byte
                accept(bytes[i++]);
                continue;
            }
            int stop = (int) Math.min(to, (long) i + (maxTextBytes - textBytes));
            int s = state;
            int d = depth;
            int j = i;
            boolean ended = false;
            while (j < stop) {
                byte b = bytes[j++];
                if (s == IN_STRING) {
                    if (b == '"') {
                        s = IN_STRUCTURE;
                    } else if (b == '\\') {
                        s = AFTER_BACKSLASH;
                    }
                } else if (s == AFTER_BACKSLASH) {
                    s = IN_STRING;
                } else if (b == '"') {
                    s = IN_STRING;
                } else if (b == '{' || b == '[') {
                    d++;
                } else if ((b == '}' || b == ']') && --d == 0) {
                    ended = true;
                    break;
                }
            }
            offset += j - i;
            textBytes += j - i;
            i = j;
            depth = d;
            if (ended) {
                state = BETWEEN;
                textBytes = 0;
                return i;
            }
            state = s;
            if (i < to) {
                // the text reached the limit and goes on: the next byte is one too many
                accept(bytes[i]);
            }
        }
        return -1;
    }

    /** True while a text has started but not ended. */
    public boolean inText() {
        return state != BETWEEN;
    }

    /** Bytes of the current text consumed so far (0 between texts). */
    public int currentTextBytes() {
        return textBytes;
    }

    /** Bytes consumed since the scanner was created, including skipped whitespace. */
    public long offset() {
        return offset;
    }

    public int maxTextBytes() {
        return maxTextBytes;
    }

    private Step startText(byte b, long position) {
        if (b == '{' || b == '[') {
            state = IN_STRUCTURE;
            depth = 1;
            textBytes = 1;
            return Step.PART;
        }
        if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
            return Step.SKIP;
        }
        failed = true;
        throw new ProtocolException("a JSON-RPC message must start with '{' or '[' but byte " + position
                + " of the stream is " + describe(b));
    }

    private Step inStructure(byte b) {
        if (b == '"') {
            state = IN_STRING;
        } else if (b == '{' || b == '[') {
            depth++;
        } else if (b == '}' || b == ']') {
            if (--depth == 0) {
                state = BETWEEN;
                textBytes = 0;
                return Step.END;
            }
        }
        return Step.PART;
    }

    private static String describe(byte b) {
        int unsigned = b & 0xff;
        if (unsigned >= 0x21 && unsigned < 0x7f) {
            return "'" + (char) unsigned + "' (0x" + Integer.toHexString(unsigned) + ")";
        }
        return String.format("0x%02x", unsigned);
    }
}
