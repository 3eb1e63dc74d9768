package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemporaryUuidsTest {

    @Test
    void makesDistinctVersionFourUuidsInTheIetfVariant() {
        Set<Uuid> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            Uuid uuid = TemporaryUuids.next();
            assertThat(uuid.value().version()).isEqualTo(4);
            assertThat(uuid.value().variant()).isEqualTo(2);
            assertThat(seen.add(uuid)).as("unique: %s", uuid).isTrue();
        }
    }
}
