package dev.cdlint.lint;

import dev.cdlint.finding.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything one run found.
 *
 * @param models the models linted, as found from the inputs, each once
 * @param findings sorted in {@link Finding#REPORT_ORDER}
 */
public record LintResult(List<Path> models, List<Finding> findings) {

    public LintResult {
        models = List.copyOf(models);
        findings = List.copyOf(findings);
    }
}
