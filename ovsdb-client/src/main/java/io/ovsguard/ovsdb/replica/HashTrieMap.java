package io.ovsguard.ovsdb.replica;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A persistent (immutable) hash map: a hash array mapped trie of 32-way bitmap nodes. {@link #put}
 * and {@link #remove} return a new map that shares all but one path with the old one, so a replica
 * publishes a new snapshot in time proportional to the rows changed, and a reader's snapshot never
 * changes under it.
 *
 * <p>Many changes at once (a batch of updates, a full load) go through an {@link Editor}: it copies
 * a node the first time it touches it and then changes its own copies in place, so a path shared
 * by many changed rows is copied once, not once per row; {@link Editor#build} freezes the result.
 */
final class HashTrieMap<K, V> {

    private static final int BITS = 5;
    private static final int MASK = (1 << BITS) - 1;
    private static final HashTrieMap<?, ?> EMPTY = new HashTrieMap<>(new Node(0, new Object[0], null), 0);

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
    V get(K key) {
        return find(root, key);
    }

    HashTrieMap<K, V> put(K key, V value) {
        Edit edit = new Edit(null);
        Node updated = edit.put(root, entry(key, value), 0);
        return new HashTrieMap<>(updated, edit.sizeChanged ? size + 1 : size);
    }

    HashTrieMap<K, V> remove(K key) {
        if (!containsKey(key)) {
            return this;
        }
        return new HashTrieMap<>(new Edit(null).remove(root, key, spread(key.hashCode()), 0), size - 1);
    }

    /** An editor starting from this map, which it never changes. */
    Editor<K, V> edit() {
        return new Editor<>(root, size);
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

    /**
     * Changes to a map made in place on nodes this editor created itself. Single use and not
     * thread-safe; after {@link #build} it refuses further changes, so the built map stays immutable.
     */
    static final class Editor<K, V> {

        private final Edit edit = new Edit(new Object());
        private Node root;
        private int size;
        private boolean built;

        private Editor(Node root, int size) {
            this.root = root;
            this.size = size;
        }

        V get(K key) {
            return find(root, key);
        }

        int size() {
            return size;
        }

        void put(K key, V value) {
            checkOpen();
            edit.sizeChanged = false;
            root = edit.put(root, entry(key, value), 0);
            if (edit.sizeChanged) {
                size++;
            }
        }

        /** Removes {@code key}; false if it was absent. */
        boolean remove(K key) {
            checkOpen();
            if (find(root, key) == null) {
                return false;
            }
            root = edit.remove(root, key, spread(key.hashCode()), 0);
            size--;
            return true;
        }

        HashTrieMap<K, V> build() {
            checkOpen();
            built = true;
            return new HashTrieMap<>(root, size);
        }

        private void checkOpen() {
            if (built) {
                throw new IllegalStateException("this editor has already built its map");
            }
        }
    }

    private static Entry<?, ?> entry(Object key, Object value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        return new Entry<>(spread(key.hashCode()), key, value);
    }

    @SuppressWarnings("unchecked")
    private static <V> V find(Node root, Object key) {
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

    /** Hashes of records are often weak in the low bits; mix them before indexing. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * One put or remove pass. Nodes whose owner is this pass's (non-null) owner were created by the
     * same editor and are changed in place; all others are copied. With a null owner every touched
     * node is copied: the persistent operations.
     */
    private static final class Edit {
        private final Object owner;
        /** Set by {@link #put} when the key was new. */
        boolean sizeChanged;

        Edit(Object owner) {
            this.owner = owner;
        }

        private boolean owns(Node node) {
            return owner != null && node.owner == owner;
        }

        Node put(Node node, Entry<?, ?> entry, int shift) {
            int bit = 1 << ((entry.hash >>> shift) & MASK);
            int index = Integer.bitCount(node.bitmap & (bit - 1));
            if ((node.bitmap & bit) == 0) {
                sizeChanged = true;
                Object[] slots = new Object[node.slots.length + 1];
                System.arraycopy(node.slots, 0, slots, 0, index);
                slots[index] = entry;
                System.arraycopy(node.slots, index, slots, index + 1, node.slots.length - index);
                if (owns(node)) {
                    node.bitmap |= bit;
                    node.slots = slots;
                    return node;
                }
                return new Node(node.bitmap | bit, slots, owner);
            }
            Object slot = node.slots[index];
            Object replacement;
            if (slot instanceof Entry<?, ?> old) {
                if (old.hash == entry.hash && old.key.equals(entry.key)) {
                    replacement = entry;
                } else {
                    sizeChanged = true;
                    replacement = old.hash == entry.hash ? new Collision(old.hash, new Entry<?, ?>[] {old, entry})
                            : branch(old, old.hash, entry, shift + BITS);
                }
            } else if (slot instanceof Collision collision) {
                if (collision.hash == entry.hash) {
                    Collision grown = collision.with(entry);
                    sizeChanged = grown.entries.length > collision.entries.length;
                    replacement = grown;
                } else {
                    sizeChanged = true;
                    replacement = branch(collision, collision.hash, entry, shift + BITS);
                }
            } else {
                replacement = put((Node) slot, entry, shift + BITS);
                if (replacement == slot) {
                    return node;
                }
            }
            return withSlot(node, index, replacement);
        }

        /** {@code node} without {@code key}, which must be present under it. */
        Node remove(Node node, Object key, int hash, int shift) {
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
                } else if (child == slot) {
                    return node;
                } else {
                    replacement = child;
                }
            }
            if (replacement != null) {
                return withSlot(node, index, replacement);
            }
            Object[] slots = new Object[node.slots.length - 1];
            System.arraycopy(node.slots, 0, slots, 0, index);
            System.arraycopy(node.slots, index + 1, slots, index, slots.length - index);
            if (owns(node)) {
                node.bitmap &= ~bit;
                node.slots = slots;
                return node;
            }
            return new Node(node.bitmap & ~bit, slots, owner);
        }

        private Node withSlot(Node node, int index, Object replacement) {
            if (owns(node)) {
                node.slots[index] = replacement;
                return node;
            }
            Object[] slots = node.slots.clone();
            slots[index] = replacement;
            return new Node(node.bitmap, slots, owner);
        }

        /** A node holding {@code existing} (an entry or a collision) and {@code entry}, whose hashes differ. */
        private Node branch(Object existing, int existingHash, Entry<?, ?> entry, int shift) {
            int a = (existingHash >>> shift) & MASK;
            int b = (entry.hash >>> shift) & MASK;
            if (a == b) {
                return new Node(1 << a, new Object[] {branch(existing, existingHash, entry, shift + BITS)}, owner);
            }
            Object[] slots = a < b ? new Object[] {existing, entry} : new Object[] {entry, existing};
            return new Node((1 << a) | (1 << b), slots, owner);
        }
    }

    /**
     * A trie node. Its fields change only while the editor that created it ({@code owner}) is
     * open; once a map holding it is built or returned, nothing changes it again.
     */
    private static final class Node {
        int bitmap;
        Object[] slots;
        final Object owner;

        Node(int bitmap, Object[] slots, Object owner) {
            this.bitmap = bitmap;
            this.slots = slots;
            this.owner = owner;
        }
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
            Entry<?, ?>[] grown = Arrays.copyOf(entries, entries.length + 1);
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
