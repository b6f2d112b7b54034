package dev.cdlint.lint;

import dev.cdlint.finding.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything one run found.
 *
 * @param models the models linted, as found from the inputs, each once
 * @param findings sorted in {@link Finding#REPORT_ORDER}
 * @param inputs every file and folder the run read (models, configurations, schemas), which no output of the run
 *     may overwrite
 * @param notCloudKitEnabled the models with nothing to check, in a run over several models: they are said once in
 *     the summary instead of one {@code cloudkit-not-enabled} finding each
 */
public record LintResult(List<Path> models, List<Finding> findings, List<Path> inputs,
        List<Path> notCloudKitEnabled) {

    public LintResult {
        models = List.copyOf(models);
        findings = List.copyOf(findings);
        inputs = List.copyOf(inputs);
        notCloudKitEnabled = List.copyOf(notCloudKitEnabled);
    }

    public LintResult(List<Path> models, List<Finding> findings) {
        this(models, findings, models, List.of());
    }
}
