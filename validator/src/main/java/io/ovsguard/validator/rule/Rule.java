package io.ovsguard.validator.rule;

import io.ovsguard.validator.report.Finding;
import java.util.List;

/** One check over a {@link ValidationContext}. Pure and deterministic: no I/O, no clock. */
public interface Rule {

    List<Finding> evaluate(ValidationContext context);
}
