package io.ovsguard.ovsdb.notation;

/**
 * Compares strings in UTF-8 byte order, which is Unicode code point order and what OVS gets from
 * {@code strcmp}. {@link String#compareTo} differs: it orders UTF-16 units, so a supplementary
 * character (a surrogate pair) sorts below U+E000..U+FFFF there but above them here.
 */
final class Utf8Order {

    private Utf8Order() {
    }

    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                boolean xs = Character.isSurrogate(x);
                boolean ys = Character.isSurrogate(y);
                if (xs == ys) {
                    return Character.compare(x, y);
                }
                // exactly one is part of a pair, i.e. a code point above every BMP character
                return xs ? 1 : -1;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
