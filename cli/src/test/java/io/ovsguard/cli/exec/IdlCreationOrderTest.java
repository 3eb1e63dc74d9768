package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The order in which ovs-vsctl walks a table's rows when other tables of its monitor reference them. The rows and
 * the orders are those of a database that ovs-vsctl 3.1 made ({@code add-br br0 -- add-port br0 p1 -- add-port br0
 * p2 -- add-bond br0 bd a b -- add-port br0 p3 -- add-port br0 p4}), and the orders it printed the interfaces in
 * for {@code list Interface} beside {@code list Port}.
 */
class IdlCreationOrderTest {

    private static final Uuid OPEN_VSWITCH = Uuid.parse("e1a581d6-acf3-46c4-b549-0f0f6b04ea40");
    /** Port name, then its interfaces' uuids. */
    private static final Map<String, List<String>> PORTS = new LinkedHashMap<>();
    private static final Map<String, String> PORT_UUIDS = new LinkedHashMap<>();

    static {
        port("8e446844-1c55-4dec-8b1f-00821a983988", "p1", "8acfed7b-0e1e-4352-b2fd-c38ad961dd54");
        port("655f6a05-6503-4e04-953e-e9b15875b896", "bd", "96c8957c-2dbf-4e15-ad3b-2ea2c7766bd2",
                "d958f43c-dd90-414e-a2ed-79031a23a306");
        port("ee7fd806-4207-4b7a-809d-7461db14697f", "p4", "6b2af62e-d5d6-4f13-8a5e-a55aefa6ec8f");
        port("53341956-7820-48ca-834f-4250f0d4a508", "br0", "8bc8406f-9d71-4e10-9089-60106d5fe8cf");
        port("873a499b-e52b-456d-b158-524124888614", "p3", "80bdc76b-0796-4a99-b8fc-099cbee48b17");
        port("c6a47987-f4d9-4465-acf4-f7530497dc2c", "p2", "9db63414-2220-4c67-aff4-df4173762581");
    }

    /** {@code list Interface} alone: the interfaces' own order. */
    private static final List<String> ALONE = List.of("96c8957c-2dbf-4e15-ad3b-2ea2c7766bd2",
            "d958f43c-dd90-414e-a2ed-79031a23a306", "9db63414-2220-4c67-aff4-df4173762581",
            "6b2af62e-d5d6-4f13-8a5e-a55aefa6ec8f", "8bc8406f-9d71-4e10-9089-60106d5fe8cf",
            "8acfed7b-0e1e-4352-b2fd-c38ad961dd54", "80bdc76b-0796-4a99-b8fc-099cbee48b17");
    /** {@code --columns=name list Port -- list Interface}: the ports' unread interfaces hold the zero uuid. */
    private static final List<String> BESIDE_PORT_NAMES = List.of("8acfed7b-0e1e-4352-b2fd-c38ad961dd54",
            "80bdc76b-0796-4a99-b8fc-099cbee48b17", "9db63414-2220-4c67-aff4-df4173762581",
            "d958f43c-dd90-414e-a2ed-79031a23a306", "96c8957c-2dbf-4e15-ad3b-2ea2c7766bd2",
            "6b2af62e-d5d6-4f13-8a5e-a55aefa6ec8f", "8bc8406f-9d71-4e10-9089-60106d5fe8cf");
    /** {@code --columns=interfaces list Port -- list Interface}: the ports reference their interfaces first. */
    private static final List<String> BESIDE_PORT_INTERFACES = List.of("d958f43c-dd90-414e-a2ed-79031a23a306",
            "96c8957c-2dbf-4e15-ad3b-2ea2c7766bd2", "9db63414-2220-4c67-aff4-df4173762581",
            "6b2af62e-d5d6-4f13-8a5e-a55aefa6ec8f", "8acfed7b-0e1e-4352-b2fd-c38ad961dd54",
            "80bdc76b-0796-4a99-b8fc-099cbee48b17", "8bc8406f-9d71-4e10-9089-60106d5fe8cf");

    /**
     * The interfaces in the order the ports reference them (the IDL parses the Port table before the Interface
     * table: the order of its hash table of the names Interface, Open_vSwitch and Port), each port's in uuid order.
     */
    private static final List<Uuid> BESIDE_PORT_INTERFACES_CREATED = portsInParseOrder();

    private static List<Uuid> portsInParseOrder() {
        List<Uuid> ports = PORT_UUIDS.values().stream().map(Uuid::parse).toList();
        List<Uuid> created = new ArrayList<>();
        for (Uuid port : IdlRowOrder.insertionOrder(ports)) {
            PORT_UUIDS.forEach((name, uuid) -> {
                if (uuid.equals(port.toString())) {
                    PORTS.get(name).stream().map(Uuid::parse).sorted().forEach(created::add);
                }
            });
        }
        return created;
    }

    private static void port(String uuid, String name, String... interfaces) {
        PORTS.put(name, List.of(interfaces));
        PORT_UUIDS.put(name, uuid);
    }

    @Test
    void interfacesAloneComeInTheirOwnOrderEitherWay() {
        WorkingDatabase plain = database(false, false);
        WorkingDatabase ordered = database(false, false);
        ordered.orderRowsByReferences();

        assertThat(uuids(plain.rows("Interface"))).containsExactlyElementsOf(ALONE);
        assertThat(uuids(ordered.rows("Interface"))).containsExactlyElementsOf(ALONE);
    }

    @Test
    void portsReadWithoutTheirInterfacesPutTheZeroUuidFirstIntoTheInterfaceMap() {
        WorkingDatabase db = database(true, false);
        db.orderRowsByReferences();

        assertThat(uuids(db.rows("Interface"))).containsExactlyElementsOf(BESIDE_PORT_NAMES);
    }

    @Test
    void portsReadWithTheirInterfacesPutThemIntoTheMapInTheOrderTheyReferenceThem() {
        WorkingDatabase db = database(true, true);
        db.orderRowsByReferences();

        assertThat(uuids(db.rows("Interface"))).containsExactlyElementsOf(BESIDE_PORT_INTERFACES);
    }

    @Test
    void rowsTheLineInsertsEnterTheMapAfterTheFetchedOnes() {
        WorkingDatabase db = database(true, true);
        db.orderRowsByReferences();
        WorkingRow inserted = db.insert("Interface");
        List<Uuid> afterFetched = new ArrayList<>(BESIDE_PORT_INTERFACES_CREATED);
        afterFetched.add(inserted.uuid());

        assertThat(db.rows("Interface")).extracting(WorkingRow::uuid)
                .containsExactlyElementsOf(IdlRowOrder.iterationOrder(afterFetched));
    }

    @Test
    void theTableTheIdlParsesFirstKeepsItsOwnOrder() {
        WorkingDatabase db = database(true, true);
        db.orderRowsByReferences();
        List<Uuid> ports = PORT_UUIDS.values().stream().map(Uuid::parse).toList();

        assertThat(db.rows("Port")).extracting(WorkingRow::uuid)
                .containsExactlyElementsOf(IdlRowOrder.iterationOrder(IdlRowOrder.insertionOrder(ports)));
    }

    private static WorkingDatabase database(boolean withPorts, boolean portInterfaces) {
        TestDatabases db = TestDatabases.of(KnownVswitchSchema.OPEN_VSWITCH.schema())
                .table("Open_vSwitch", Map.entry(OPEN_VSWITCH, Map.of("cur_cfg", OvsdbSet.of(Atom.integer(0)))));
        List<Map.Entry<Uuid, Map<String, Datum>>> interfaces = new ArrayList<>();
        List<Map.Entry<Uuid, Map<String, Datum>>> ports = new ArrayList<>();
        PORTS.forEach((name, ifaces) -> {
            Map<String, Datum> columns = new LinkedHashMap<>();
            columns.put("name", OvsdbSet.ofStrings(name));
            if (portInterfaces) {
                columns.put("interfaces", OvsdbSet.of(ifaces.stream().map(u -> Atom.uuid(Uuid.parse(u))).toList()));
            }
            ports.add(Map.entry(Uuid.parse(PORT_UUIDS.get(name)), columns));
            ifaces.forEach(u -> interfaces.add(Map.entry(Uuid.parse(u), Map.of())));
        });
        db.table("Interface", interfaces.toArray(Map.Entry[]::new));
        if (withPorts) {
            db.table("Port", ports.toArray(Map.Entry[]::new));
        }
        return db.build();
    }

    private static List<String> uuids(List<WorkingRow> rows) {
        List<String> result = new ArrayList<>();
        rows.forEach(r -> result.add(r.uuid().toString()));
        return result;
    }
}
