package io.ovsguard.ovsdb.replica;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A persistent (immutable) hash map: a hash array mapped trie of 32-way bitmap nodes. {@link #put}
 * and {@link #remove} return a new map that shares all but one path with the old one, so a replica
 * publishes a new snapshot per update in time proportional to the rows changed, and a reader's
 * snapshot never changes under it.
 */
final class HashTrieMap<K, V> {

    private static final int BITS = 5;
    private static final int MASK = (1 << BITS) - 1;
    private static final HashTrieMap<?, ?> EMPTY = new HashTrieMap<>(new Node(0, new Object[0]), 0);

    private final Node root;
    private final int size;

    private HashTrieMap(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    static <K, V> HashTrieMap<K, V> empty() {
        return (HashTrieMap<K, V>) EMPTY;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean containsKey(K key) {
        return get(key) != null;
    }

    /** The value of {@code key}, or null if absent (values are never null). */
    @SuppressWarnings("unchecked")
    V get(K key) {
        int hash = spread(key.hashCode());
        Node node = root;
        int shift = 0;
        while (true) {
            int bit = 1 << ((hash >>> shift) & MASK);
            if ((node.bitmap & bit) == 0) {
                return null;
            }
            Object slot = node.slots[Integer.bitCount(node.bitmap & (bit - 1))];
            if (slot instanceof Entry<?, ?> entry) {
                return entry.hash == hash && entry.key.equals(key) ? (V) entry.value : null;
            }
            if (slot instanceof Collision collision) {
                Entry<?, ?> found = collision.find(key);
                return found == null ? null : (V) found.value;
            }
            node = (Node) slot;
            shift += BITS;
        }
    }

    HashTrieMap<K, V> put(K key, V value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        boolean present = containsKey(key);
        Node updated = put(root, new Entry<>(spread(key.hashCode()), key, value), 0);
        return new HashTrieMap<>(updated, present ? size : size + 1);
    }

    HashTrieMap<K, V> remove(K key) {
        if (!containsKey(key)) {
            return this;
        }
        return new HashTrieMap<>(remove(root, key, spread(key.hashCode()), 0), size - 1);
    }

    @SuppressWarnings("unchecked")
    void forEach(BiConsumer<? super K, ? super V> action) {
        forEach(root, (BiConsumer<Object, Object>) action);
    }

    List<V> values() {
        List<V> values = new ArrayList<>(size);
        forEach((key, value) -> values.add(value));
        return values;
    }

    private static void forEach(Node node, BiConsumer<Object, Object> action) {
        for (Object slot : node.slots) {
            if (slot instanceof Entry<?, ?> entry) {
                action.accept(entry.key, entry.value);
            } else if (slot instanceof Collision collision) {
                for (Entry<?, ?> entry : collision.entries) {
                    action.accept(entry.key, entry.value);
                }
            } else {
                forEach((Node) slot, action);
            }
        }
    }

    private static Node put(Node node, Entry<?, ?> entry, int shift) {
        int bit = 1 << ((entry.hash >>> shift) & MASK);
        int index = Integer.bitCount(node.bitmap & (bit - 1));
        if ((node.bitmap & bit) == 0) {
            Object[] slots = new Object[node.slots.length + 1];
            System.arraycopy(node.slots, 0, slots, 0, index);
            slots[index] = entry;
            System.arraycopy(node.slots, index, slots, index + 1, node.slots.length - index);
            return new Node(node.bitmap | bit, slots);
        }
        Object slot = node.slots[index];
        Object replacement;
        if (slot instanceof Entry<?, ?> old) {
            if (old.hash == entry.hash) {
                replacement = old.key.equals(entry.key) ? entry : new Collision(old.hash, new Entry<?, ?>[] {old, entry});
            } else {
                replacement = branch(old, old.hash, entry, shift + BITS);
            }
        } else if (slot instanceof Collision collision) {
            replacement = collision.hash == entry.hash ? collision.with(entry)
                    : branch(collision, collision.hash, entry, shift + BITS);
        } else {
            replacement = put((Node) slot, entry, shift + BITS);
        }
        Object[] slots = node.slots.clone();
        slots[index] = replacement;
        return new Node(node.bitmap, slots);
    }

    /** A node holding {@code existing} (an entry or a collision) and {@code entry}, whose hashes differ. */
    private static Node branch(Object existing, int existingHash, Entry<?, ?> entry, int shift) {
        int a = (existingHash >>> shift) & MASK;
        int b = (entry.hash >>> shift) & MASK;
        if (a == b) {
            return new Node(1 << a, new Object[] {branch(existing, existingHash, entry, shift + BITS)});
        }
        Object[] slots = a < b ? new Object[] {existing, entry} : new Object[] {entry, existing};
        return new Node((1 << a) | (1 << b), slots);
    }

    private static Node remove(Node node, Object key, int hash, int shift) {
        int bit = 1 << ((hash >>> shift) & MASK);
        int index = Integer.bitCount(node.bitmap & (bit - 1));
        Object slot = node.slots[index];
        Object replacement;
        if (slot instanceof Entry<?, ?>) {
            replacement = null;
        } else if (slot instanceof Collision collision) {
            replacement = collision.without(key);
        } else {
            Node child = remove((Node) slot, key, hash, shift + BITS);
            if (child.slots.length == 0) {
                replacement = null;
            } else if (child.slots.length == 1 && !(child.slots[0] instanceof Node)) {
                replacement = child.slots[0];
            } else {
                replacement = child;
            }
        }
        if (replacement != null) {
            Object[] slots = node.slots.clone();
            slots[index] = replacement;
            return new Node(node.bitmap, slots);
        }
        Object[] slots = new Object[node.slots.length - 1];
        System.arraycopy(node.slots, 0, slots, 0, index);
        System.arraycopy(node.slots, index + 1, slots, index, slots.length - index);
        return new Node(node.bitmap & ~bit, slots);
    }

    /** Hashes of records are often weak in the low bits; mix them before indexing. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private record Node(int bitmap, Object[] slots) {
    }

    private record Entry<K, V>(int hash, K key, V value) {
    }

    /** Entries whose whole 32-bit hashes are equal. */
    private record Collision(int hash, Entry<?, ?>[] entries) {

        Entry<?, ?> find(Object key) {
            for (Entry<?, ?> entry : entries) {
                if (entry.key.equals(key)) {
                    return entry;
                }
            }
            return null;
        }

        Collision with(Entry<?, ?> entry) {
            Entry<?, ?>[] copy = entries.clone();
            for (int i = 0; i < copy.length; i++) {
                if (copy[i].key.equals(entry.key)) {
                    copy[i] = entry;
                    return new Collision(hash, copy);
                }
            }
            Entry<?, ?>[] grown = java.util.Arrays.copyOf(entries, entries.length + 1);
            grown[entries.length] = entry;
            return new Collision(hash, grown);
        }

        /** Without {@code key}: a smaller collision, or the one remaining entry. */
        Object without(Object key) {
            List<Entry<?, ?>> rest = new ArrayList<>();
            for (Entry<?, ?> entry : entries) {
                if (!entry.key.equals(key)) {
                    rest.add(entry);
                }
            }
            return rest.size() == 1 ? rest.get(0) : new Collision(hash, rest.toArray(new Entry<?, ?>[0]));
        }
    }
}
