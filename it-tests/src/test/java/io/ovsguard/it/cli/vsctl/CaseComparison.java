package io.ovsguard.it.cli.vsctl;

import java.util.List;

/** The differences one case showed between the reference program and the candidate; none means the case passed. */
record CaseComparison(CorpusCase corpusCase, List<String> differences) {

    CaseComparison {
        differences = List.copyOf(differences);
    }

    boolean same() {
        return differences.isEmpty();
    }

    String describe() {
        return corpusCase + ":\n" + String.join("\n", differences);
    }
}
