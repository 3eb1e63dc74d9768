package io.ovsguard.validator.memory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the calibration TSV (test resource) into configurations of ordered steps. */
final class CalibrationTable {

    record Step(String action, String port, int mtu, int rxq, int desc, String outcome, String mbufs,
                String objBytes) {
    }

    record Config(String id, String socketMem, String socketLimit, int pages, boolean perPort, String extra,
                  List<Step> steps) {
    }

    private CalibrationTable() {
    }

    static List<Config> load(String resource) throws IOException {
        Map<String, Config> configs = new LinkedHashMap<>();
        try (InputStream in = CalibrationTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("cfg\t")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                Config cfg = configs.computeIfAbsent(c[0], id -> new Config(id, c[1], c[2], Integer.parseInt(c[3]),
                        c[4].equals("per-port"), c[5], new ArrayList<>()));
                cfg.steps().add(new Step(c[6], c[7], Integer.parseInt(c[8]), c[9].equals("-") ? 1
                        : Integer.parseInt(c[9]), c[10].equals("-") ? 2048 : Integer.parseInt(c[10]), c[11], c[12],
                        c[13]));
            }
        }
        return List.copyOf(configs.values());
    }
}
