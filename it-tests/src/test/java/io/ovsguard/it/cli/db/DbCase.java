package io.ovsguard.it.cli.db;

import java.util.List;
import java.util.Objects;

/**
 * One differential case: the ovs-vsctl command lines that build the starting database (run with the real
 * ovs-vsctl only; the other server receives a copy with the same row uuids), then the command line under test.
 */
record DbCase(String name, String setupName, List<List<String>> setup, List<String> args) {

    DbCase {
        Objects.requireNonNull(name, "name");
        setup = setup.stream().map(List::copyOf).toList();
        args = List.copyOf(args);
    }

    @Override
    public String toString() {
        return name;
    }
}
