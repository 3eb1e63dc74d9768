package io.ovsguard.ovsdb.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.error.TransactionFailedException;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TransactResultTest {

    private static final NamedUuid ROW = NamedUuid.of("row1");
    private static final Transaction INSERT_AND_DELETE = new Transaction("Open_vSwitch", List.of(
            new Operation.Insert("Queue", Row.empty(), Optional.of(ROW)),
            new Operation.Delete("Queue", List.of())));

    @Test
    void successfulResultGivesUuidsAndCounts() {
        Uuid uuid = Uuid.random();
        TransactResult result = new TransactResult(INSERT_AND_DELETE,
                List.of(new OperationResult.Inserted(uuid), new OperationResult.Counted(4)), Optional.empty());

        assertThat(result.orThrow()).isSameAs(result);
        assertThat(result.uuidOf(ROW)).isEqualTo(uuid);
        assertThat(result.count(1)).isEqualTo(4);
        assertThatThrownBy(() -> result.rows(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("operation 1 is a delete, not a select");
    }

    @Test
    void failedOperationIsTheFirstErrorAndCarriesItsIndex() {
        OvsdbError error = OvsdbError.of("constraint violation", Optional.of("too many rows"), OptionalInt.of(1));
        OvsdbError commit = OvsdbError.of("I/O error", Optional.empty(), OptionalInt.empty());
        TransactResult result = new TransactResult(INSERT_AND_DELETE,
                List.of(new OperationResult.Inserted(Uuid.random()), new OperationResult.Failed(error)),
                Optional.of(commit));

        assertThat(result.firstError()).contains(error);
        TransactionFailedException failure = (TransactionFailedException) org.assertj.core.api.Assertions
                .catchThrowable(result::orThrow);
        assertThat(failure.operationIndex()).hasValue(1);
        assertThat(failure.error().tag()).isEqualTo(ErrorTag.CONSTRAINT_VIOLATION);
        assertThat(failure.result()).isSameAs(result);
        assertThat(failure.getMessage()).isEqualTo("transaction on Open_vSwitch failed at operation 1 (delete): "
                + "constraint violation: too many rows");
        assertThat(error.describe()).isEqualTo("constraint violation: too many rows (operation 1)");
    }

    @Test
    void everyKnownTagRoundTripsItsToken() {
        for (ErrorTag tag : ErrorTag.values()) {
            tag.token().ifPresent(token -> assertThat(ErrorTag.fromToken(token)).isEqualTo(tag));
        }
        assertThat(ErrorTag.fromToken("I/O error")).isEqualTo(ErrorTag.IO_ERROR);
        assertThat(ErrorTag.fromToken("something new")).isEqualTo(ErrorTag.OTHER);
    }

    @Test
    void resultCountMustMatchTheTransaction() {
        assertThatThrownBy(() -> new TransactResult(INSERT_AND_DELETE, List.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
