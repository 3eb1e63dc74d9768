package io.ovsguard.it.client;

import static io.ovsguard.it.support.TestDatabases.NOTATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.it.support.Clients;
import io.ovsguard.it.support.TestDatabases;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.error.TransactionFailedException;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.result.ErrorTag;
import io.ovsguard.ovsdb.result.OperationResult;
import io.ovsguard.ovsdb.result.OvsdbError;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import io.ovsguard.sandbox.junit.WithSandbox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every operation and every notation type, round-tripped through a real ovsdb-server. */
@RequiresOvs
@ExtendWith(OvsSandboxExtension.class)
class TransactIT {

    @WithSandbox
    static OvsSandbox sandbox;

    private static BlockingOvsdbClient client;
    private static DatabaseSchema schema;

    @BeforeAll
    static void connect() {
        TestDatabases.addNotationDatabase(sandbox);
        client = Clients.unix(sandbox);
        schema = client.getSchema(NOTATION);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    private static Row everyType(String key, NamedUuid target) {
        Map<String, Datum> columns = new LinkedHashMap<>();
        columns.put("i", OvsdbSet.of(Atom.integer(-42)));
        columns.put("r", OvsdbSet.of(Atom.real(2.5)));
        columns.put("b", OvsdbSet.of(Atom.bool(true)));
        columns.put("s", OvsdbSet.of(Atom.string(key)));
        columns.put("u", OvsdbSet.of(Atom.named(target)));
        columns.put("ranged", OvsdbSet.of(Atom.integer(7)));
        columns.put("color", OvsdbSet.of(Atom.string("green")));
        columns.put("ints", OvsdbSet.of(Atom.integer(3), Atom.integer(-1), Atom.integer(2)));
        columns.put("reals", OvsdbSet.of(Atom.real(0.5), Atom.real(-1e300)));
        columns.put("strings", OvsdbSet.of(Atom.string("zeta"), Atom.string("\u00e9t\u00e9 \"q\" \\ \ud83d\ude00"),
                Atom.string("")));
        columns.put("bools", OvsdbSet.of(Atom.bool(true), Atom.bool(false)));
        columns.put("counts", OvsdbMap.of(Map.of(Atom.string("b"), Atom.integer(2), Atom.string("a"), Atom.integer(1))));
        columns.put("targets", OvsdbSet.of(Atom.named(target)));
        columns.put("weak", OvsdbMap.of(Atom.string("t"), Atom.named(target)));
        return Row.of(columns);
    }

    private static Row selectOne(String key) {
        TransactionBuilder tx = new TransactionBuilder(schema);
        int select = tx.select("Atoms", List.of(Condition.equal("s", Atom.string(key))));
        List<Row> rows = client.transact(tx.build()).orThrow().rows(select);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void insertedRowOfEveryTypeReadsBackEqual() {
        TransactionBuilder tx = new TransactionBuilder(schema);
        NamedUuid target = tx.newUuidName("target");
        tx.insert("Target", Row.of(Map.of("name", OvsdbSet.ofStrings("t1"))), target);
        NamedUuid atoms = tx.newUuidName("atoms");
        Row written = everyType("every-type", target);
        int insert = tx.insert("Atoms", written, atoms);
        TransactResult result = client.transact(tx.build()).orThrow();

        Uuid targetUuid = result.uuidOf(target);
        assertThat(result.result(insert)).isInstanceOf(OperationResult.Inserted.class);
        Row read = selectOne("every-type");
        assertThat(read.uuid()).contains(result.uuidOf(atoms));
        for (String column : List.of("i", "r", "b", "s", "ranged", "color", "ints", "reals", "strings", "bools",
                "counts")) {
            assertThat(read.get(column)).as(column).contains(written.get(column).orElseThrow());
        }
        assertThat(read.get("u")).contains(OvsdbSet.of(Atom.uuid(targetUuid)));
        assertThat(read.get("targets")).contains(OvsdbSet.of(Atom.uuid(targetUuid)));
        assertThat(read.get("weak")).contains(OvsdbMap.of(Atom.string("t"), Atom.uuid(targetUuid)));
    }

    @Test
    void updateMutateAndDeleteReportHowManyRowsTheyTouched() {
        TransactionBuilder insert = new TransactionBuilder(schema);
        insert.insert("Atoms", Row.of(Map.of("s", OvsdbSet.ofStrings("counted"), "i", OvsdbSet.of(Atom.integer(1)))));
        client.transact(insert.build()).orThrow();

        TransactionBuilder tx = new TransactionBuilder(schema);
        List<Condition> where = List.of(Condition.equal("s", Atom.string("counted")));
        int update = tx.update("Atoms", where, Row.of(Map.of("color", OvsdbSet.ofStrings("red"))));
        int mutate = tx.mutate("Atoms", where, List.of(
                new Mutation("i", Mutator.ADD, OvsdbSet.of(Atom.integer(41))),
                new Mutation("ints", Mutator.INSERT, OvsdbSet.of(Atom.integer(5), Atom.integer(6))),
                new Mutation("counts", Mutator.INSERT, OvsdbMap.of(Atom.string("k"), Atom.integer(9)))));
        TransactResult result = client.transact(tx.build()).orThrow();
        assertThat(result.count(update)).isEqualTo(1);
        assertThat(result.count(mutate)).isEqualTo(1);

        Row row = selectOne("counted");
        assertThat(row.get("i")).contains(OvsdbSet.of(Atom.integer(42)));
        assertThat(row.get("color")).contains(OvsdbSet.ofStrings("red"));
        assertThat(row.get("ints")).contains(OvsdbSet.of(Atom.integer(5), Atom.integer(6)));
        assertThat(row.get("counts")).contains(OvsdbMap.of(Atom.string("k"), Atom.integer(9)));

        TransactionBuilder delete = new TransactionBuilder(schema);
        int deleted = delete.delete("Atoms", where);
        assertThat(client.transact(delete.build()).orThrow().count(deleted)).isEqualTo(1);
    }

    @Test
    void selectWithColumnsAndFunctionsFiltersOnTheServer() {
        TransactionBuilder insert = new TransactionBuilder(schema);
        for (int i = 0; i < 5; i++) {
            insert.insert("Atoms", Row.of(Map.of("s", OvsdbSet.ofStrings("sel" + i), "i", OvsdbSet.of(Atom.integer(100 + i)),
                    "ints", OvsdbSet.of(Atom.integer(1000 + i)))));
        }
        client.transact(insert.build()).orThrow();

        TransactionBuilder tx = new TransactionBuilder(schema);
        int greater = tx.select("Atoms", List.of(new Condition("i", Function.GREATER_THAN_OR_EQUAL,
                OvsdbSet.of(Atom.integer(103)))), List.of("s", "i"));
        int includes = tx.select("Atoms", List.of(new Condition("ints", Function.INCLUDES, OvsdbSet.of(Atom.integer(1002))),
                new Condition("s", Function.NOT_EQUAL, OvsdbSet.ofStrings("nothing"))), List.of("s"));
        TransactResult result = client.transact(tx.build()).orThrow();
        assertThat(result.rows(greater)).extracting(r -> r.get("s").orElseThrow())
                .containsExactlyInAnyOrder(OvsdbSet.ofStrings("sel3"), OvsdbSet.ofStrings("sel4"));
        assertThat(result.rows(greater)).allSatisfy(r -> assertThat(r.columnNames()).containsOnly("s", "i"));
        assertThat(result.rows(includes)).extracting(r -> r.get("s").orElseThrow())
                .containsExactly(OvsdbSet.ofStrings("sel2"));
    }

    @Test
    void referentialIntegrityViolationKeepsTheServersDetails() {
        TransactionBuilder tx = new TransactionBuilder(schema);
        NamedUuid target = tx.newUuidName("t");
        tx.insert("Target", Row.of(Map.of("name", OvsdbSet.ofStrings("held"))), target);
        tx.insert("Atoms", Row.of(Map.of("s", OvsdbSet.ofStrings("holder"), "targets", OvsdbSet.of(Atom.named(target)))));
        Uuid held = client.transact(tx.build()).orThrow().uuidOf(target);

        TransactionBuilder delete = new TransactionBuilder(schema);
        delete.delete("Target", List.of(Condition.uuidIs(held)));
        TransactResult result = client.transact(delete.build());
        OvsdbError error = result.firstError().orElseThrow();
        assertThat(error.tag()).isEqualTo(ErrorTag.REFERENTIAL_INTEGRITY_VIOLATION);
        assertThat(error.details()).hasValueSatisfying(d -> assertThat(d).contains(held.toString()));
        assertThat(error.isCommitError()).isTrue();
        assertThatThrownBy(result::orThrow).isInstanceOf(TransactionFailedException.class)
                .hasMessageContaining("referential integrity violation");
    }

    @Test
    void duplicateIndexIsAConstraintViolationAndNothingIsWritten() {
        TransactionBuilder tx = new TransactionBuilder(schema);
        tx.insert("Atoms", Row.of(Map.of("s", OvsdbSet.ofStrings("dup"))));
        tx.insert("Atoms", Row.of(Map.of("s", OvsdbSet.ofStrings("dup"))));
        TransactResult result = client.transact(tx.build());
        assertThat(result.firstError()).hasValueSatisfying(e -> {
            assertThat(e.tag()).isEqualTo(ErrorTag.CONSTRAINT_VIOLATION);
            assertThat(e.details()).isPresent();
        });
        TransactionBuilder select = new TransactionBuilder(schema);
        int sel = select.select("Atoms", List.of(Condition.equal("s", Atom.string("dup"))));
        assertThat(client.transact(select.build()).orThrow().rows(sel)).isEmpty();
    }

    @Test
    void outOfRangeValueIsRefusedBeforeSendingAndByTheServerIfSentAnyway() {
        TransactionBuilder tx = new TransactionBuilder(schema);
        Row bad = Row.of(Map.of("s", OvsdbSet.ofStrings("range"), "ranged", OvsdbSet.of(Atom.integer(11))));
        assertThatThrownBy(() -> tx.insert("Atoms", bad)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("ranged");

        // bypass the builder's checks: the server must refuse it too, with its own words
        Transaction unchecked = new Transaction(NOTATION, List.of(new Operation.Insert("Atoms", bad, Optional.empty())));
        OvsdbError error = client.transact(unchecked).firstError().orElseThrow();
        assertThat(error.tag()).isEqualTo(ErrorTag.CONSTRAINT_VIOLATION);
        assertThat(error.operationIndex()).hasValue(0);
    }

    @Test
    void operationsAfterAFailureAreNotAttempted() {
        Transaction tx = new Transaction(NOTATION, List.of(
                new Operation.Comment("first"),
                new Operation.Abort(),
                new Operation.Insert("Atoms", Row.of(Map.of("s", OvsdbSet.ofStrings("never"))), Optional.empty())));
        TransactResult result = client.transact(tx);
        assertThat(result.result(0)).isInstanceOf(OperationResult.Done.class);
        assertThat(result.result(1)).isInstanceOfSatisfying(OperationResult.Failed.class,
                f -> assertThat(f.error().tag()).isEqualTo(ErrorTag.ABORTED));
        assertThat(result.result(2)).isInstanceOf(OperationResult.NotAttempted.class);
    }

    @Test
    void waitThatCannotBeSatisfiedTimesOut() {
        TransactionBuilder tx = new TransactionBuilder(schema);
        tx.waitUntil("Atoms", List.of(Condition.equal("s", Atom.string("never-there"))), List.of("s"), Function.EQUAL,
                List.of(Row.of(Map.of("s", OvsdbSet.ofStrings("never-there")))), OptionalLong.of(50));
        tx.insert("Atoms", Row.of(Map.of("s", OvsdbSet.ofStrings("after-wait"))));
        TransactResult result = client.transact(tx.build());
        assertThat(result.firstError()).hasValueSatisfying(e -> assertThat(e.tag()).isEqualTo(ErrorTag.TIMED_OUT));
        assertThat(result.result(1)).isInstanceOf(OperationResult.NotAttempted.class);
    }

    @Test
    void waitThatHoldsCommitsAlongWithTheRest() {
        TransactionBuilder seed = new TransactionBuilder(schema);
        seed.insert("Atoms", Row.of(Map.of("s", OvsdbSet.ofStrings("guarded"), "i", OvsdbSet.of(Atom.integer(5)))));
        client.transact(seed.build()).orThrow();

        TransactionBuilder tx = new TransactionBuilder(schema);
        List<Condition> where = List.of(Condition.equal("s", Atom.string("guarded")));
        tx.waitUntil("Atoms", where, List.of("i"), Function.EQUAL, List.of(Row.of(Map.of("i", OvsdbSet.of(Atom.integer(5))))),
                OptionalLong.of(0));
        tx.update("Atoms", where, Row.of(Map.of("i", OvsdbSet.of(Atom.integer(6)))));
        client.transact(tx.build()).orThrow();
        assertThat(selectOne("guarded").get("i")).contains(OvsdbSet.of(Atom.integer(6)));

        // the same guard now fails: the row no longer has i=5, so nothing is overwritten
        TransactResult stale = client.transact(tx.build());
        assertThat(stale.firstError()).hasValueSatisfying(e -> assertThat(e.tag()).isEqualTo(ErrorTag.TIMED_OUT));
        assertThat(selectOne("guarded").get("i")).contains(OvsdbSet.of(Atom.integer(6)));
    }

    @Test
    void assertOfALockThisClientDoesNotHoldIsNotOwner() {
        Transaction tx = new Transaction(NOTATION, List.of(new Operation.Assert("nobody_holds_this")));
        assertThat(client.transact(tx).firstError())
                .hasValueSatisfying(e -> assertThat(e.tag()).isEqualTo(ErrorTag.NOT_OWNER));

        assertThat(client.lock("held_here")).isTrue();
        Transaction owned = new Transaction(NOTATION, List.of(new Operation.Assert("held_here"),
                new Operation.Commit(true)));
        TransactResult result = client.transact(owned).orThrow();
        assertThat(result.results()).allSatisfy(r -> assertThat(r).isInstanceOf(OperationResult.Done.class));
        client.unlock("held_here");
    }
}
