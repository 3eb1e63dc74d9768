package io.ovsguard.it.cli.vsctl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads corpus files ({@code *.vsctl}). A file is a list of blocks separated by blank lines; {@code #} starts a
 * comment line. Each block is one case:
 * <pre>
 * case add-br refuses a name a port already has
 * setup add-br br0 -- add-port br0 p1
 * run add-br p1
 * run list-br
 * </pre>
 * Directives: {@code case NAME} (first), {@code empty-db} (start without the Open_vSwitch row), {@code setup ARGS}
 * (ovs-vsctl builds the starting state), {@code run ARGS} (compared, in-process), {@code launcher ARGS} (compared,
 * through {@code bin/ovsguard}) and {@code run-wait ARGS} (compared, without the {@code --no-wait} the harness adds
 * otherwise). ARGS use shell quoting.
 */
final class CorpusReader {

    private CorpusReader() {
    }

    /** Every case of every {@code *.vsctl} file directly in the classpath directory {@code resourceDir}. */
    static List<CorpusCase> readResourceDirectory(String resourceDir) {
        URL url = CorpusReader.class.getClassLoader().getResource(resourceDir);
        if (url == null) {
            throw new IllegalStateException("no corpus directory on the class path: " + resourceDir);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            List<CorpusCase> cases = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".vsctl")).sorted().toList()) {
                cases.addAll(parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            requireUniqueNames(cases);
            return List.copyOf(cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<CorpusCase> parse(String fileName, String text) {
        List<CorpusCase> cases = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        Block block = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String where = fileName + ":" + (i + 1);
            if (line.isEmpty()) {
                if (block != null) {
                    cases.add(block.toCase());
                    block = null;
                }
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String keyword = line.split("\\s+", 2)[0];
            String rest = line.substring(keyword.length()).strip();
            if (block == null) {
                if (!keyword.equals("case") || rest.isEmpty()) {
                    throw new IllegalArgumentException(where + ": a case starts with 'case NAME', not: " + line);
                }
                block = new Block(where, rest);
                continue;
            }
            block.add(where, keyword, rest);
        }
        if (block != null) {
            cases.add(block.toCase());
        }
        return cases;
    }

    private static void requireUniqueNames(List<CorpusCase> cases) {
        Set<String> seen = new HashSet<>();
        for (CorpusCase c : cases) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException(c.source() + ": duplicate case name '" + c.name() + "'");
            }
        }
    }

    /** The directives of a case being read. */
    private static final class Block {
        private final String source;
        private final String name;
        private boolean emptyDb;
        private final List<List<String>> setup = new ArrayList<>();
        private final List<CorpusCase.Step> steps = new ArrayList<>();

        Block(String source, String name) {
            this.source = source;
            this.name = name;
        }

        void add(String where, String keyword, String rest) {
            if (keyword.equals("empty-db") && rest.isEmpty()) {
                emptyDb = true;
                return;
            }
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(where + ": '" + keyword + "' needs arguments");
            }
            List<String> words = ShellWords.split(rest);
            switch (keyword) {
                case "setup" -> setup.add(words);
                case "run" -> steps.add(new CorpusCase.Step(words, CorpusCase.Route.IN_PROCESS, true));
                case "run-wait" -> steps.add(new CorpusCase.Step(words, CorpusCase.Route.IN_PROCESS, false));
                case "launcher" -> steps.add(new CorpusCase.Step(words, CorpusCase.Route.LAUNCHER, true));
                default -> throw new IllegalArgumentException(where + ": unknown directive '" + keyword + "'");
            }
        }

        CorpusCase toCase() {
            return new CorpusCase(source, name, emptyDb, setup, steps);
        }
    }
}
