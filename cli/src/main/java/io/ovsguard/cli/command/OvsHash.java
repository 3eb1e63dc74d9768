package io.ovsguard.cli.command;

import java.nio.charset.StandardCharsets;

/**
 * Open vSwitch's hash functions with basis 0, as its portable build computes them (MurmurHash3 rounds, {@code
 * lib/hash.h} without SSE 4.2, as Debian builds it): what keys its hash tables, whose iteration order ovs-vsctl's
 * output and requests follow ({@link OvsHashOrder}).
 */
public final class OvsHash {

    /** hash_boolean(true, 0) and hash_boolean(false, 0), constants in OVS. */
    private static final int TRUE = 0xc2b73583;
    private static final int FALSE = 0xe90f1258;

    private OvsHash() {
    }

    /** hash_string(s, 0): the UTF-8 bytes as little-endian words, the length folded in last. */
    public static int string(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        int hash = 0;
        int i = 0;
        for (; i + 4 <= bytes.length; i += 4) {
            hash = add(hash, littleEndian(bytes, i, 4));
        }
        if (i < bytes.length) {
            hash = add(hash, littleEndian(bytes, i, bytes.length - i));
        }
        return finish(hash ^ bytes.length);
    }

    /** hash_int(x, 0), which OVS takes of an integer atom's low 32 bits. */
    public static int integer(int x) {
        return finish(add(add(x, 0), 0) ^ 8);
    }

    /** hash_boolean(x, 0). */
    public static int bool(boolean x) {
        return x ? TRUE : FALSE;
    }

    private static int littleEndian(byte[] bytes, int from, int length) {
        int word = 0;
        for (int k = 0; k < length; k++) {
            word |= (bytes[from + k] & 0xff) << (8 * k);
        }
        return word;
    }

    /** mhash_add: one MurmurHash3 round (a zero word leaves the hash as it was before the rotation). */
    private static int add(int hash, int data) {
        if (data != 0) {
            int k = data * 0xcc9e2d51;
            k = Integer.rotateLeft(k, 15);
            k *= 0x1b873593;
            hash ^= k;
        }
        hash = Integer.rotateLeft(hash, 13);
        return hash * 5 + 0xe6546b64;
    }

    /** mhash_finish. */
    private static int finish(int hash) {
        hash ^= hash >>> 16;
        hash *= 0x85ebca6b;
        hash ^= hash >>> 13;
        hash *= 0xc2b2ae35;
        hash ^= hash >>> 16;
        return hash;
    }
}
