package io.ovsguard.cli.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tabular command output ({@code list}, {@code find}, ...), printed afterwards in the format the options chose
 * (OVS's {@code struct table}). Built row by row by one command.
 */
public final class OutputTable {

    private final List<String> headings;
    private final List<List<Cell>> rows = new ArrayList<>();

    public OutputTable(List<String> headings) {
        this.headings = List.copyOf(headings);
    }

    public List<String> headings() {
        return headings;
    }

    /** Appends a row; it must have one cell per heading. */
    public void addRow(List<Cell> cells) {
        Objects.requireNonNull(cells, "cells");
        if (cells.size() != headings.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + headings.size() + " columns");
        }
        rows.add(List.copyOf(cells));
    }

    public List<List<Cell>> rows() {
        return List.copyOf(rows);
    }
}
