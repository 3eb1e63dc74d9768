package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdlRowOrderTest {

    /** Ten bridges and the order ovs-vsctl 3.1 printed them in with {@code list Bridge}. */
    private static final List<String> PRINTED = List.of(
            "20e9a459-ddfc-4ea3-8316-0b1b01ff3998", "c4b45d91-da63-4baa-911b-47b392ce52f2",
            "049135ab-11d0-4ff7-b5cb-66967527ac99", "ca8d59cd-63b7-46ac-80fe-665fd50752f6",
            "772997c5-16c0-400d-824f-1c3c7a1fd73c", "d93ba4e5-fb5d-4bc5-a1d1-5d1fceb86d0e",
            "76a94585-710c-4781-97a0-e41b6789014d", "c5ebb1e6-030b-4976-a395-ddd3e5e69e40",
            "be4fbdbe-325f-404b-a2b7-12c2de08cd8b", "3d78e70f-0a82-4f5f-a0ef-fe2b1c7b49ab");

    @Test
    void fetchedRowsComeInTheOrderOvsVsctlPrintsThem() {
        List<Uuid> fetched = PRINTED.stream().sorted().map(Uuid::parse).toList();
        List<Uuid> order = IdlRowOrder.iterationOrder(IdlRowOrder.insertionOrder(fetched));
        assertThat(order).extracting(Uuid::toString).containsExactlyElementsOf(PRINTED);
    }

    @Test
    void orderDoesNotDependOnTheOrderTheServerSentRowsIn() {
        List<Uuid> forward = PRINTED.stream().map(Uuid::parse).toList();
        List<Uuid> backward = new ArrayList<>(forward);
        Collections.reverse(backward);
        assertThat(IdlRowOrder.insertionOrder(forward)).isEqualTo(IdlRowOrder.insertionOrder(backward));
    }

    @Test
    void singleRowIsAlone() {
        Uuid only = Uuid.parse(PRINTED.get(0));
        assertThat(IdlRowOrder.iterationOrder(IdlRowOrder.insertionOrder(List.of(only)))).containsExactly(only);
    }
}
