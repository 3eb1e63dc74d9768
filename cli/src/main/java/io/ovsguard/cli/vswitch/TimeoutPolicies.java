package io.ovsguard.cli.vswitch;

import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.StringAtom;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CT_Timeout_Policy rows {@code add-zone-tp} shares between zones: a zone gets an existing policy with the
 * same timeouts, or a new one.
 */
final class TimeoutPolicies {

    static final String TABLE = "CT_Timeout_Policy";
    static final String TIMEOUTS = "timeouts";
    private static final long UINT_MASK = 0xffffffffL;

    private final CommandContext ctx;

    TimeoutPolicies(CommandContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The policy row for these timeout arguments. Like ovs-vsctl, a repeated timeout counts with its last value
     * when looking for an existing row (compared as 32-bit unsigned numbers) but with its first value in a new row.
     */
    WorkingRow findOrInsert(List<String> arguments) {
        Map<String, Long> wanted = new HashMap<>();
        Map<String, Integer> stored = new LinkedHashMap<>();
        for (String argument : arguments) {
            // ovs-vsctl 3.1 crashes on an argument without any key
            TimeoutPolicyArgument timeout = TimeoutPolicyArgument.parse(argument).orElseThrow(() ->
                    ctx.fail("invalid timeout policy argument \"" + argument + "\""));
            wanted.put(timeout.key(), timeout.value() & UINT_MASK);
            stored.putIfAbsent(timeout.key(), timeout.value());
        }
        for (WorkingRow row : ctx.db().rows(TABLE)) {
            if (timeouts(row).equals(wanted)) {
                return row;
            }
        }
        WorkingRow policy = ctx.db().insert(TABLE);
        Map<Atom, Atom> timeouts = new LinkedHashMap<>();
        stored.forEach((key, value) -> timeouts.put(new StringAtom(key), new IntegerAtom(value)));
        policy.write(TIMEOUTS, OvsdbMap.of(timeouts));
        return policy;
    }

    private static Map<String, Long> timeouts(WorkingRow row) {
        Map<String, Long> timeouts = new HashMap<>();
        for (OvsdbMap.Entry entry : ((OvsdbMap) row.read(TIMEOUTS)).entries()) {
            timeouts.put(((StringAtom) entry.key()).value(), ((IntegerAtom) entry.value()).value() & UINT_MASK);
        }
        return timeouts;
    }
}
