package io.ovsguard.ovsdb.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HashTrieMapPropertiesTest {

    /** A key whose hash is chosen by the test, so that full 32-bit collisions happen. */
    record Key(int id, int hash) {
        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.id == id;
        }
    }

    /** One operation: put (value >= 0) or remove (value < 0). */
    record Op(Key key, int value) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Key> keys = Arbitraries.integers().between(0, 300)
                .map(id -> new Key(id, id % 7 == 0 ? 12345 : id * 31 + (id % 3 == 0 ? 0 : id << 20)));
        Arbitrary<Op> ops = keys.flatMap(key -> Arbitraries.integers().between(-3, 100).map(v -> new Op(key, v)));
        return ops.list().ofMaxSize(400);
    }

    @Property(tries = 300)
    void behavesLikeAHashMapUnderAnySequenceOfPutsAndRemoves(@ForAll("operations") List<Op> operations) {
        HashTrieMap<Key, Integer> trie = HashTrieMap.empty();
        Map<Key, Integer> model = new HashMap<>();
        for (Op op : operations) {
            if (op.value() < 0) {
                trie = trie.remove(op.key());
                model.remove(op.key());
            } else {
                trie = trie.put(op.key(), op.value());
                model.put(op.key(), op.value());
            }
        }
        Map<Key, Integer> contents = new HashMap<>();
        trie.forEach(contents::put);
        assertThat(contents).isEqualTo(model);
        assertThat(trie.size()).isEqualTo(model.size());
        for (int id = 0; id <= 300; id++) {
            Key key = new Key(id, id % 7 == 0 ? 12345 : id * 31 + (id % 3 == 0 ? 0 : id << 20));
            assertThat(trie.get(key)).isEqualTo(model.get(key));
        }
    }

    @Property(tries = 300)
    void editorsBehaveLikeAHashMapAndNeverChangeTheMapTheyStartedFrom(@ForAll("operations") List<Op> operations) {
        HashTrieMap<Key, Integer> trie = HashTrieMap.empty();
        Map<Key, Integer> model = new HashMap<>();
        HashTrieMap<Key, Integer> published = trie;
        Map<Key, Integer> publishedModel = Map.of();
        HashTrieMap.Editor<Key, Integer> editor = trie.edit();
        int step = 0;
        for (Op op : operations) {
            if (op.value() < 0) {
                assertThat(editor.remove(op.key())).isEqualTo(model.remove(op.key()) != null);
            } else {
                editor.put(op.key(), op.value());
                model.put(op.key(), op.value());
            }
            assertThat(editor.size()).isEqualTo(model.size());
            if (++step % 37 == 0) {
                // publish a version, then keep editing a new editor on top of it
                published = editor.build();
                publishedModel = Map.copyOf(model);
                editor = published.edit();
            }
        }
        HashTrieMap<Key, Integer> last = editor.build();
        assertThat(contents(last)).isEqualTo(model);
        assertThat(last.size()).isEqualTo(model.size());
        assertThat(contents(published)).isEqualTo(publishedModel);
        assertThat(published.size()).isEqualTo(publishedModel.size());
        for (int id = 0; id <= 300; id++) {
            Key key = new Key(id, id % 7 == 0 ? 12345 : id * 31 + (id % 3 == 0 ? 0 : id << 20));
            assertThat(last.get(key)).isEqualTo(model.get(key));
        }
    }

    private static Map<Key, Integer> contents(HashTrieMap<Key, Integer> trie) {
        Map<Key, Integer> contents = new HashMap<>();
        trie.forEach(contents::put);
        return contents;
    }

    @Test
    void anEditorRefusesChangesAfterItBuilt() {
        HashTrieMap.Editor<Integer, String> editor = HashTrieMap.<Integer, String>empty().edit();
        editor.put(1, "a");
        HashTrieMap<Integer, String> built = editor.build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> editor.put(2, "b"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(built.size()).isEqualTo(1);
        assertThat(built.get(2)).isNull();
    }

    @Test
    void anOlderVersionIsUnchangedByLaterPutsAndRemoves() {
        HashTrieMap<Integer, String> before = HashTrieMap.<Integer, String>empty().put(1, "a").put(2, "b");
        HashTrieMap<Integer, String> after = before.put(1, "z").remove(2).put(3, "c");

        assertThat(before.get(1)).isEqualTo("a");
        assertThat(before.get(2)).isEqualTo("b");
        assertThat(before.get(3)).isNull();
        assertThat(before.size()).isEqualTo(2);
        assertThat(after.get(1)).isEqualTo("z");
        assertThat(after.get(2)).isNull();
        assertThat(after.size()).isEqualTo(2);
    }

    @Test
    void removingAnAbsentKeyReturnsTheSameMap() {
        HashTrieMap<Integer, String> map = HashTrieMap.<Integer, String>empty().put(1, "a");
        assertThat(map.remove(99)).isSameAs(map);
    }
}
