package io.ovsguard.ovsdb.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnTypeTest {

    private static final ColumnType MTU = ColumnType.optional(BaseType.of(AtomType.INTEGER).withIntegerRange(1, 65535));
    private static final ColumnType FAIL_MODE = ColumnType.optional(
            BaseType.of(AtomType.STRING).withEnum(OvsdbSet.ofStrings("standalone", "secure")));
    private static final ColumnType VLANS = ColumnType.set(BaseType.of(AtomType.INTEGER).withIntegerRange(0, 4095), 0,
            4096);
    private static final ColumnType OTHER_CONFIG = ColumnType.map(BaseType.of(AtomType.STRING),
            BaseType.of(AtomType.STRING), 0, ColumnType.UNLIMITED);

    @Test
    void classifiesShapes() {
        ColumnType scalar = ColumnType.scalar(BaseType.of(AtomType.STRING));
        assertThat(scalar.isScalar()).isTrue();
        assertThat(scalar.isSet() || scalar.isMap() || scalar.isOptional()).isFalse();
        assertThat(MTU.isOptional()).isTrue();
        assertThat(MTU.isSet()).as("an optional value is a set of 0..1").isTrue();
        assertThat(VLANS.isSet()).isTrue();
        assertThat(VLANS.isComposite()).isTrue();
        assertThat(OTHER_CONFIG.isMap()).isTrue();
        assertThat(OTHER_CONFIG.isUnlimited()).isTrue();
    }

    @Test
    void acceptsValuesThatFit() {
        MTU.validate(OvsdbSet.of(Atom.integer(1500)));
        MTU.validate(OvsdbSet.empty());
        FAIL_MODE.validate(OvsdbSet.ofStrings("secure"));
        VLANS.validate(OvsdbSet.of(Atom.integer(0), Atom.integer(4095)));
        OTHER_CONFIG.validate(OvsdbMap.ofStrings(Map.of("dpdk-init", "true")));
        ColumnType.scalar(BaseType.of(AtomType.UUID)).validate(OvsdbSet.of(Atom.named(NamedUuid.of("row1"))));
    }

    @Test
    void rejectsTooManyElements() {
        assertThatThrownBy(() -> MTU.validate(OvsdbSet.of(Atom.integer(1500), Atom.integer(9000))))
                .isInstanceOf(SchemaException.class).hasMessage("optional integer must have between 0 and 1 elements, got 2");
    }

    @Test
    void rejectsMissingScalar() {
        assertThatThrownBy(() -> ColumnType.scalar(BaseType.of(AtomType.STRING)).validate(OvsdbSet.empty()))
                .isInstanceOf(SchemaException.class).hasMessage("string must have exactly 1 element, got 0");
    }

    @Test
    void rejectsIntegerOutOfRange() {
        assertThatThrownBy(() -> MTU.validate(OvsdbSet.of(Atom.integer(0))))
                .isInstanceOf(SchemaException.class).hasMessage("0 is less than minimum allowed value 1");
        assertThatThrownBy(() -> MTU.validate(OvsdbSet.of(Atom.integer(65536))))
                .isInstanceOf(SchemaException.class).hasMessage("65536 is greater than maximum allowed value 65535");
    }

    @Test
    void rejectsRealOutOfRange() {
        ColumnType ratio = ColumnType.scalar(BaseType.of(AtomType.REAL).withRealRange(0.0, 1.0));

        assertThatThrownBy(() -> ratio.validate(OvsdbSet.of(Atom.real(1.5))))
                .isInstanceOf(SchemaException.class).hasMessage("1.5 is greater than maximum allowed value 1.0");
    }

    @Test
    void rejectsValueOutsideEnum() {
        assertThatThrownBy(() -> FAIL_MODE.validate(OvsdbSet.ofStrings("open")))
                .isInstanceOf(SchemaException.class)
                .hasMessage("\"open\" is not one of the allowed values [\"secure\", \"standalone\"]");
    }

    @Test
    void rejectsStringLengthInCodePoints() {
        ColumnType name = ColumnType.scalar(BaseType.of(AtomType.STRING).withLengthRange(1, 2));

        name.validate(OvsdbSet.ofStrings("\uD83D\uDE00\uD83D\uDE00"));
        assertThatThrownBy(() -> name.validate(OvsdbSet.ofStrings("abc")))
                .isInstanceOf(SchemaException.class)
                .hasMessage("\"abc\" length 3 is greater than maximum allowed length 2");
        assertThatThrownBy(() -> name.validate(OvsdbSet.ofStrings("")))
                .isInstanceOf(SchemaException.class).hasMessage("\"\" length 0 is less than minimum allowed length 1");
    }

    @Test
    void rejectsWrongAtomType() {
        assertThatThrownBy(() -> MTU.validate(OvsdbSet.ofStrings("1500")))
                .isInstanceOf(SchemaException.class).hasMessage("expected integer, got string \"1500\"");
        assertThatThrownBy(() -> OTHER_CONFIG.validate(OvsdbMap.of(Atom.string("k"), Atom.integer(1))))
                .isInstanceOf(SchemaException.class).hasMessage("expected string, got integer 1");
    }

    @Test
    void rejectsSetForMapColumnAndMapForSetColumn() {
        assertThatThrownBy(() -> OTHER_CONFIG.validate(OvsdbSet.empty()))
                .isInstanceOf(SchemaException.class).hasMessageContaining("got a set");
        assertThatThrownBy(() -> VLANS.validate(OvsdbMap.empty()))
                .isInstanceOf(SchemaException.class).hasMessageContaining("got a map");
    }

    @Test
    void columnSchemaNamesTheColumnInErrors() {
        ColumnSchema column = ColumnSchema.of("mtu_request", MTU);

        assertThatThrownBy(() -> column.validate(OvsdbSet.of(Atom.integer(-1))))
                .hasMessage("column mtu_request: -1 is less than minimum allowed value 1");
    }

    @Test
    void defaultsFollowOvs() {
        assertThat(MTU.defaultDatum()).isEqualTo(OvsdbSet.empty());
        assertThat(OTHER_CONFIG.defaultDatum()).isEqualTo(OvsdbMap.empty());
        assertThat(ColumnType.scalar(BaseType.of(AtomType.INTEGER)).defaultDatum())
                .isEqualTo(OvsdbSet.of(Atom.integer(0)));
        assertThat(ColumnType.scalar(BaseType.of(AtomType.REAL)).defaultDatum()).isEqualTo(OvsdbSet.of(Atom.real(0)));
        assertThat(ColumnType.scalar(BaseType.of(AtomType.BOOLEAN)).defaultDatum())
                .isEqualTo(OvsdbSet.of(Atom.bool(false)));
        assertThat(ColumnType.scalar(BaseType.of(AtomType.STRING)).defaultDatum()).isEqualTo(OvsdbSet.ofStrings(""));
        assertThat(ColumnType.scalar(BaseType.of(AtomType.UUID)).defaultDatum())
                .isEqualTo(OvsdbSet.of(Atom.uuid(Uuid.ZERO)));
        assertThat(ColumnType.map(BaseType.of(AtomType.STRING), BaseType.of(AtomType.INTEGER), 1, 5).defaultDatum())
                .isEqualTo(OvsdbMap.of(Atom.string(""), Atom.integer(0)));
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> ColumnType.set(BaseType.of(AtomType.STRING), 2, 5)).isInstanceOf(SchemaException.class);
        assertThatThrownBy(() -> ColumnType.set(BaseType.of(AtomType.STRING), 0, 0)).isInstanceOf(SchemaException.class);
    }
}
