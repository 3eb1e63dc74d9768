package io.ovsguard.ovsdb.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.error.TransactionFailedException;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage.Response;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.result.ErrorTag;
import io.ovsguard.ovsdb.result.OperationResult;
import io.ovsguard.ovsdb.result.OvsdbError;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.testing.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResultParserTest {

    private static final DatabaseSchema VSWITCH = Fixtures.vswitchSchema();
    private static final NamedUuid BR0 = NamedUuid.of("br0");

    private static Transaction transaction(Operation... operations) {
        return new Transaction("Open_vSwitch", List.of(operations));
    }

    /**
     * Parses {@code json} both ways a result arrives, as a tree and as the text of a reply (read
     * element by element), and checks that both give the same result or the same error.
     */
    private static TransactResult parse(String json, Transaction transaction) {
        Payload text = ((Response) new GsonMessageCodec().decode("{\"id\":1,\"result\":" + json + ",\"error\":null}"))
                .result().orElseThrow();
        // an array stays text for the reader; an object result is built as the reply is parsed
        assertThat(text).isInstanceOf(json.startsWith("[") ? TextPayload.class : GsonPayload.class);
        RuntimeException treeError = null;
        TransactResult fromTree = null;
        try {
            fromTree = ResultParser.parse(new GsonPayload(StrictJson.parse(json)), transaction, VSWITCH);
        } catch (RuntimeException e) {
            treeError = e;
        }
        if (treeError != null) {
            RuntimeException expected = treeError;
            assertThatThrownBy(() -> ResultParser.parse(text, transaction, VSWITCH))
                    .isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
            throw treeError;
        }
        assertThat(ResultParser.parse(text, transaction, VSWITCH)).isEqualTo(fromTree);
        return fromTree;
    }

    static Stream<Arguments> resultShapes() {
        Uuid uuid = Uuid.parse("efb8bcc1-ff42-4a06-8cdd-347b3487ffee");
        return Stream.of(
                Arguments.of(new Operation.Insert("Bridge", Row.empty(), Optional.empty()), """
                        {"uuid":["uuid","efb8bcc1-ff42-4a06-8cdd-347b3487ffee"]}""", new OperationResult.Inserted(uuid)),
                Arguments.of(new Operation.Select("Bridge", List.of(), Optional.of(List.of("_uuid", "name"))), """
                        {"rows":[{"_uuid":["uuid","efb8bcc1-ff42-4a06-8cdd-347b3487ffee"],"name":"br0"}]}""",
                        new OperationResult.Selected(List.of(Row.empty().with("name", OvsdbSet.ofStrings("br0"))
                                .withUuid(uuid)))),
                Arguments.of(new Operation.Update("Bridge", List.of(), Row.empty()), """
                        {"count":3}""", new OperationResult.Counted(3)),
                Arguments.of(new Operation.Mutate("Bridge", List.of(), List.of()), """
                        {"count":0}""", new OperationResult.Counted(0)),
                Arguments.of(new Operation.Delete("Bridge", List.of()), """
                        {"count":1}""", new OperationResult.Counted(1)),
                Arguments.of(new Operation.Wait("Bridge", List.of(), List.of(), Function.EQUAL, List.of(),
                        OptionalLong.empty()), "{}", new OperationResult.Done()),
                Arguments.of(new Operation.Commit(false), "{}", new OperationResult.Done()),
                Arguments.of(new Operation.Comment("c"), "{}", new OperationResult.Done()),
                Arguments.of(new Operation.Assert("l"), "{}", new OperationResult.Done()),
                Arguments.of(new Operation.Assert("l"), """
                        {"error":"not owner","details":"Asserted lock l not held."}""",
                        new OperationResult.Failed(new OvsdbError(ErrorTag.NOT_OWNER, "not owner",
                                Optional.of("Asserted lock l not held."), OptionalInt.of(0)))),
                Arguments.of(new Operation.Abort(), """
                        {"error":"aborted","details":"aborted by request"}""",
                        new OperationResult.Failed(new OvsdbError(ErrorTag.ABORTED, "aborted",
                                Optional.of("aborted by request"), OptionalInt.of(0)))),
                Arguments.of(new Operation.Comment("c"), "null", new OperationResult.NotAttempted()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("resultShapes")
    void decodesEachResultShape(Operation operation, String json, OperationResult expected) {
        TransactResult result = parse("[" + json + "]", transaction(operation));

        assertThat(result.result(0)).isEqualTo(expected);
        assertThat(result.commitError()).isEmpty();
    }

    @Test
    void decodesTheRealInsertAndSelectReply() {
        Transaction sent = transaction(
                new Operation.Insert("Open_vSwitch", Row.empty(), Optional.of(NamedUuid.of("ovs"))),
                new Operation.Insert("Bridge", Row.empty(), Optional.of(BR0)),
                new Operation.Insert("Port", Row.empty(), Optional.of(NamedUuid.of("p0"))),
                new Operation.Insert("Interface", Row.empty(), Optional.of(NamedUuid.of("i0"))),
                new Operation.Select("Bridge", List.of(Condition.equal("name", Atom.string("br0"))),
                        Optional.of(List.of("name", "flood_vlans", "external_ids"))),
                new Operation.Comment("capture"));

        TransactResult result = ResultParser.parse(Fixtures.captured("transact_insert_select"), sent, VSWITCH);

        assertThat(result.isSuccess()).isTrue();
        assertThat(result.uuidOf(BR0)).isEqualTo(Uuid.parse("7948ff02-92e9-45ff-b6a8-e452db732e0f"));
        Row bridge = result.rows(4).get(0);
        assertThat(bridge.get("flood_vlans")).contains(OvsdbSet.of(Atom.integer(1), Atom.integer(2)));
        assertThat(bridge.get("external_ids")).contains(OvsdbMap.ofStrings(Map.of("a", "1", "b", "2")));
        assertThat(result.result(5)).isEqualTo(new OperationResult.Done());
    }

    @Test
    void failedOperationIsFollowedByNotAttempted() {
        Transaction sent = transaction(
                new Operation.Wait("Bridge", List.of(), List.of("name"), Function.EQUAL,
                        List.of(Row.empty().with("name", OvsdbSet.ofStrings("nope"))), OptionalLong.of(0)),
                new Operation.Comment("x"), new Operation.Delete("Bridge", List.of()));

        TransactResult result = ResultParser.parse(Fixtures.captured("transact_wait_timeout"), sent, VSWITCH);

        assertThat(result.results()).hasSize(3);
        assertThat(result.result(1)).isEqualTo(new OperationResult.NotAttempted());
        assertThat(result.result(2)).isEqualTo(new OperationResult.NotAttempted());
        OvsdbError error = result.firstError().orElseThrow();
        assertThat(error.tag()).isEqualTo(ErrorTag.TIMED_OUT);
        assertThat(error.operationIndex()).hasValue(0);
        assertThatThrownBy(result::orThrow).isInstanceOf(TransactionFailedException.class)
                .hasMessage("transaction on Open_vSwitch failed at operation 0 (wait): timed out: "
                        + "\"where\" clause test failed");
    }

    @Test
    void extraElementIsTheCommitError() {
        NamedUuid port = NamedUuid.of("dangling");
        Transaction sent = transaction(new Operation.Insert("Port", Row.empty(), Optional.of(port)));

        TransactResult result = ResultParser.parse(Fixtures.captured("transact_ref_error"), sent, VSWITCH);

        assertThat(result.result(0)).isInstanceOf(OperationResult.Inserted.class);
        assertThat(result.commitError()).hasValueSatisfying(error -> {
            assertThat(error.tag()).isEqualTo(ErrorTag.REFERENTIAL_INTEGRITY_VIOLATION);
            assertThat(error.isCommitError()).isTrue();
            assertThat(error.details()).hasValueSatisfying(d -> assertThat(d).contains("nonexistent row"));
        });
        assertThat(result.isSuccess()).isFalse();
        TransactionFailedException failure = (TransactionFailedException) org.assertj.core.api.Assertions
                .catchThrowable(() -> result.uuidOf(port));
        assertThat(failure.operationIndex()).isEmpty();
        assertThat(failure.getMessage()).startsWith(
                "transaction on Open_vSwitch failed to commit: referential integrity violation: Table Port");
    }

    @Test
    void unknownErrorTagKeepsItsText() {
        TransactResult result = parse("""
                [{"error":"permission error","details":"no"}]""", transaction(new Operation.Comment("c")));

        OvsdbError error = result.firstError().orElseThrow();
        assertThat(error.tag()).isEqualTo(ErrorTag.OTHER);
        assertThat(error.error()).isEqualTo("permission error");
    }

    @Test
    void shortResultAfterAnErrorMeansTheRestWasNotAttempted() {
        TransactResult result = parse("""
                [{"error":"constraint violation"}]""", transaction(new Operation.Comment("a"), new Operation.Comment("b")));

        assertThat(result.result(1)).isEqualTo(new OperationResult.NotAttempted());
    }

    @Test
    void resultThatDoesNotMatchTheTransactionIsAProtocolError() {
        Transaction one = transaction(new Operation.Comment("a"));

        assertThatThrownBy(() -> parse("[{},{},{}]", one)).isInstanceOf(ProtocolException.class)
                .hasMessage("transact result has 3 elements for 1 operations");
        assertThatThrownBy(() -> parse("[{},{}]", one)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("the extra one is not an error");
        assertThatThrownBy(() -> parse("[]", one)).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> parse("{}", one)).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> parse("[{\"count\":\"x\"}]", transaction(new Operation.Delete("Bridge", List.of()))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("expected a row count");
        assertThatThrownBy(() -> parse("[{}]", transaction(new Operation.Insert("Bridge", Row.empty(),
                Optional.empty())))).isInstanceOf(ProtocolException.class).hasMessageContaining("missing \"uuid\"");
    }

    @Test
    void uuidOfAnUndeclaredNameIsRejected() {
        TransactResult result = parse("[{}]", transaction(new Operation.Comment("c")));

        assertThatThrownBy(() -> result.uuidOf(BR0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsInsertResultsWrittenWithEscapesOrSpacesAsATreeWould() {
        Transaction twoInserts = transaction(new Operation.Insert("Bridge", Row.empty(), Optional.empty()),
                new Operation.Insert("Bridge", Row.empty(), Optional.empty()));

        TransactResult result = parse("[{\"uuid\":[\"uuid\",\"\\u0065fb8bcc1-ff42-4a06-8cdd-347b3487ffee\"]}, "
                + "{ \"uuid\" : [ \"uuid\" , \"efb8bcc1-ff42-4a06-8cdd-347b3487ffe\\u0066\" ] }]", twoInserts);

        Uuid uuid = Uuid.parse("efb8bcc1-ff42-4a06-8cdd-347b3487ffee");
        Uuid other = Uuid.parse("efb8bcc1-ff42-4a06-8cdd-347b3487ffef");
        assertThat(result.results()).containsExactly(new OperationResult.Inserted(uuid),
                new OperationResult.Inserted(other));
    }

    @Test
    void refusesAnInsertResultWhoseUuidHidesAnEscapedQuote() {
        Transaction twoInserts = transaction(new Operation.Insert("Bridge", Row.empty(), Optional.empty()),
                new Operation.Insert("Bridge", Row.empty(), Optional.empty()));
        String tricky = "{\"uuid\":[\"uuid\",\"efb8bcc1-ff42-4a06-8cdd-347b3487ffe\\\"]}\"]}";

        assertThatThrownBy(() -> parse("[" + tricky + ",{\"uuid\":[\"uuid\",\"efb8bcc1-ff42-4a06-8cdd-347b3487ffee\"]}]",
                twoInserts)).isInstanceOf(ProtocolException.class);
    }
}
