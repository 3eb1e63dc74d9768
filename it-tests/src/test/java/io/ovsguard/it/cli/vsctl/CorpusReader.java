package io.ovsguard.it.cli.vsctl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * (ovs-vsctl builds the starting state), {@code env NAME=VALUE} (an environment variable the steps get, e.g.
 * another {@code OVS_RUNDIR}), {@code run ARGS} (compared, in-process), {@code launcher ARGS} (compared, through
 * the installed launcher), {@code terminal ARGS} (compared, through it, both programs writing to a
 * terminal) and {@code run-wait ARGS} (compared, without the {@code --no-wait} the harness adds otherwise). ARGS use
 * shell quoting.
 *
 * <p>A block that starts with {@code fixture NAME} instead holds only {@code empty-db}, {@code env} and {@code setup}
 * lines: a starting state (and environment) that later cases of the same file take with {@code use NAME}, before
 * their own lines. Cases with the same starting state share the database the harness builds for it.
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
        Map<String, Block> fixtures = new HashMap<>();
        String[] lines = text.split("\n", -1);
        Block block = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String where = fileName + ":" + (i + 1);
            if (line.isEmpty()) {
                finish(block, cases, fixtures);
                block = null;
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String keyword = line.split("\\s+", 2)[0];
            String rest = line.substring(keyword.length()).strip();
            if (block == null) {
                if (!(keyword.equals("case") || keyword.equals("fixture")) || rest.isEmpty()) {
                    throw new IllegalArgumentException(where + ": a block starts with 'case NAME' or 'fixture NAME',"
                            + " not: " + line);
                }
                block = new Block(where, rest, keyword.equals("fixture"));
                continue;
            }
            if (keyword.equals("use")) {
                Block fixture = fixtures.get(rest);
                if (fixture == null) {
                    throw new IllegalArgumentException(where + ": no fixture '" + rest + "' above in this file");
                }
                block.use(where, fixture);
                continue;
            }
            block.add(where, keyword, rest);
        }
        finish(block, cases, fixtures);
        return cases;
    }

    private static void finish(Block block, List<CorpusCase> cases, Map<String, Block> fixtures) {
        if (block == null) {
            return;
        }
        if (block.fixture) {
            if (fixtures.putIfAbsent(block.name, block) != null) {
                throw new IllegalArgumentException(block.source + ": duplicate fixture '" + block.name + "'");
            }
        } else {
            cases.add(block.toCase());
        }
    }

    private static void requireUniqueNames(List<CorpusCase> cases) {
        Set<String> seen = new HashSet<>();
        for (CorpusCase c : cases) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException(c.source() + ": duplicate case name '" + c.name() + "'");
            }
        }
    }

    /** The directives of a case or fixture being read. */
    private static final class Block {
        private final String source;
        private final String name;
        private final boolean fixture;
        private boolean emptyDb;
        private final List<List<String>> setup = new ArrayList<>();
        private final Map<String, String> env = new HashMap<>();
        private final List<CorpusCase.Step> steps = new ArrayList<>();

        Block(String source, String name, boolean fixture) {
            this.source = source;
            this.name = name;
            this.fixture = fixture;
        }

        void use(String where, Block used) {
            if (fixture || emptyDb || !setup.isEmpty() || !steps.isEmpty()) {
                throw new IllegalArgumentException(where + ": 'use' comes first in a case");
            }
            emptyDb = used.emptyDb;
            setup.addAll(used.setup);
            env.putAll(used.env);
        }

        void add(String where, String keyword, String rest) {
            if (keyword.equals("empty-db") && rest.isEmpty()) {
                emptyDb = true;
                return;
            }
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(where + ": '" + keyword + "' needs arguments");
            }
            if (keyword.equals("env")) {
                int equals = rest.indexOf('=');
                if (equals <= 0) {
                    throw new IllegalArgumentException(where + ": 'env' takes NAME=VALUE");
                }
                env.put(rest.substring(0, equals), rest.substring(equals + 1));
                return;
            }
            if (fixture && !keyword.equals("setup")) {
                throw new IllegalArgumentException(where + ": a fixture holds only 'empty-db', 'env' and 'setup'"
                        + " lines");
            }
            List<String> words = ShellWords.split(rest);
            switch (keyword) {
                case "setup" -> setup.add(words);
                case "run" -> steps.add(new CorpusCase.Step(words, CorpusCase.Route.IN_PROCESS, true));
                case "run-wait" -> steps.add(new CorpusCase.Step(words, CorpusCase.Route.IN_PROCESS, false));
                case "launcher" -> steps.add(new CorpusCase.Step(words, CorpusCase.Route.LAUNCHER, true));
                case "terminal" -> steps.add(new CorpusCase.Step(words, CorpusCase.Route.TERMINAL, true));
                default -> throw new IllegalArgumentException(where + ": unknown directive '" + keyword + "'");
            }
        }

        CorpusCase toCase() {
            return new CorpusCase(source, name, emptyDb, setup, env, steps);
        }
    }
}
