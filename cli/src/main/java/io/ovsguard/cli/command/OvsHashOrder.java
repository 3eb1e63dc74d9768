package io.ovsguard.cli.command;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The order in which Open vSwitch iterates a string-keyed hash table ({@code struct shash}) after a given sequence of
 * insertions. ovs-vsctl prints {@code --commands}, builds its getopt option list and checks per-command options in that
 * order, so reproducing its output byte for byte means reproducing the table: keys are hashed with OVS's
 * MurmurHash3-based string hash, chained at the head of their bucket, and the bucket array doubles (re-chaining in
 * bucket order) whenever the table holds more than two entries per bucket.
 */
public final class OvsHashOrder {

    private OvsHashOrder() {
    }

    /** Iteration order of a table into which {@code keys} were inserted in this order (duplicates allowed). */
    public static List<String> of(List<String> keys) {
        List<String> ordered = new ArrayList<>(keys.size());
        for (int position : indices(keys)) {
            ordered.add(keys.get(position));
        }
        return List.copyOf(ordered);
    }

    /** Like {@link #of}, but answers with the insertion positions, so equal keys stay distinguishable. */
    public static List<Integer> indices(List<String> keys) {
        int[] hashes = new int[keys.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = OvsHash.string(keys.get(i));
        }
        return indicesOfHashes(hashes);
    }

    /**
     * Iteration order (as insertion positions) of an OVS hash map ({@code struct hmap}) into which entries with these
     * hashes were inserted in this order; the IDL keeps rows in such a map keyed by their uuid's first word.
     */
    public static List<Integer> indicesOfHashes(int[] hashes) {
        List<Deque<Entry>> buckets = newBuckets(0);
        int mask = 0;
        int count = 0;
        for (int position = 0; position < hashes.length; position++) {
            Entry entry = new Entry(position, hashes[position]);
            buckets.get(entry.hash & mask).addFirst(entry);
            count++;
            if (count / 2 > mask) {
                int newMask = maskFor(count);
                if (newMask > mask) {
                    buckets = rehash(buckets, newMask);
                    mask = newMask;
                }
            }
        }
        List<Integer> order = new ArrayList<>(hashes.length);
        for (Deque<Entry> bucket : buckets) {
            for (Entry e : bucket) {
                order.add(e.position);
            }
        }
        return order;
    }

    private record Entry(int position, int hash) {
    }

    private static List<Deque<Entry>> rehash(List<Deque<Entry>> old, int newMask) {
        List<Deque<Entry>> buckets = newBuckets(newMask);
        for (Deque<Entry> bucket : old) {
            for (Entry e : bucket) {
                buckets.get(e.hash & newMask).addFirst(e);
            }
        }
        return buckets;
    }

    private static List<Deque<Entry>> newBuckets(int mask) {
        List<Deque<Entry>> buckets = new ArrayList<>(mask + 1);
        for (int i = 0; i <= mask; i++) {
            buckets.add(new ArrayDeque<>());
        }
        return buckets;
    }

    /** Smallest all-ones mask for about half the capacity, and at least 4 buckets once it is not 1. */
    static int maskFor(int capacity) {
        int mask = capacity / 2;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask |= (mask & 1) << 1;
        return mask;
    }
}
