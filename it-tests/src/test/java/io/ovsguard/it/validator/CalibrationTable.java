package io.ovsguard.it.validator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A calibration TSV (the validator's format: one line per step, see the resource headers) as configurations of
 * ordered steps. The recorded outcome is what was measured when the row was written; the IT compares the
 * prediction with the outcome it observes itself, and only reports drift from the recorded one.
 */
record CalibrationTable(String source, List<Config> configs) {

    /** One step: {@code add} a port, or {@code mtu->N} on an existing one. '-' rxq/desc = leave OVS's default. */
    record Step(String action, String port, int mtu, Optional<String> rxq, Optional<String> desc,
                String recordedOutcome, String recordedMbufs) {

        boolean isAdd() {
            return action.equals("add");
        }

        /** {@code p3} is backed by {@code net_null3}, as in the calibration (§5 "ports p<i> = net_null<i>"). */
        String devargs() {
            return "net_null" + port.replaceAll("\\D", "");
        }
    }

    /**
     * One configuration. {@code pages} is the count of free 2 MB hugepages the calibration gave a switch whose memory
     * is not capped by a socket-limit; a capped switch does not depend on it.
     */
    record Config(String id, OptionalInt socketMemMb, OptionalInt socketLimitMb, int pages, boolean perPort,
                  Optional<String> extra, List<Step> steps) {

        Config {
            steps = List.copyOf(steps);
        }

        /** The letter of the calibration family; threshold probes are {@code TS} (shared) and {@code TP}. */
        String family() {
            return id.substring(0, id.startsWith("T") && id.length() > 1 ? 2 : 1);
        }

        /** Without a limit the heap grows into the free hugepages, so their count is part of the configuration. */
        boolean uncapped() {
            return socketLimitMb.isEmpty();
        }

        @Override
        public String toString() {
            return id + " [" + (socketMemMb.isPresent() ? socketMemMb.getAsInt() : "-") + "/"
                    + (socketLimitMb.isPresent() ? socketLimitMb.getAsInt() : "-")
                    + (uncapped() ? ", " + pages + " pages" : "") + ", " + (perPort ? "per-port" : "shared")
                    + extra.map(e -> ", " + e).orElse("") + ", " + steps.size() + " step(s)]";
        }
    }

    static CalibrationTable resource(String name) {
        try (InputStream in = CalibrationTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CalibrationTable file(Path path) {
        try {
            return parse(path.toString(), Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CalibrationTable parse(String source, String text) {
        Map<String, List<String[]>> lines = new LinkedHashMap<>();
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("cfg\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 12) {
                throw new IllegalArgumentException(source + ":" + number + ": expected at least 12 tab-separated "
                        + "columns, got " + c.length);
            }
            lines.computeIfAbsent(c[0], k -> new ArrayList<>()).add(c);
        }
        List<Config> configs = new ArrayList<>();
        lines.forEach((id, rows) -> {
            String[] first = rows.get(0);
            List<Step> steps = new ArrayList<>();
            for (String[] c : rows) {
                steps.add(new Step(c[6], c[7], Integer.parseInt(c[8]), dash(c[9]), dash(c[10]), c[11],
                        c.length > 12 ? c[12] : "-"));
            }
            configs.add(new Config(id, mb(first[1]), mb(first[2]), Integer.parseInt(first[3]),
                    first[4].equals("per-port"), dash(first[5]), steps));
        });
        return new CalibrationTable(source, List.copyOf(configs));
    }

    private static Optional<String> dash(String text) {
        return text.equals("-") || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private static OptionalInt mb(String text) {
        return text.equals("-") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
    }
}
