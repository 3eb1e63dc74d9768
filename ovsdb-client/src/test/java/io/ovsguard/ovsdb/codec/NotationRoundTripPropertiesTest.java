package io.ovsguard.ovsdb.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.testing.OvsdbArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;

class NotationRoundTripPropertiesTest {

    @Provide
    Arbitrary<Tuple2<ColumnType, Datum>> typedDatums() {
        return OvsdbArbitraries.typedDatums();
    }

    @Property(tries = 2000)
    void encodeThenDecodeGivesTheSameDatum(@ForAll("typedDatums") Tuple2<ColumnType, Datum> value) {
        JsonElement json = NotationCodec.encode(value.get2());

        assertThat(NotationCodec.decode(json, value.get1())).isEqualTo(value.get2());
    }

    @Property(tries = 2000)
    void roundTripSurvivesTheJsonText(@ForAll("typedDatums") Tuple2<ColumnType, Datum> value) {
        String text = NotationCodec.encode(value.get2()).toString();

        assertThat(NotationCodec.decode(StrictJson.parse(text), value.get1())).isEqualTo(value.get2());
    }
}
