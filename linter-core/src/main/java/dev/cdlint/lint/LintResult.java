package dev.cdlint.lint;

import dev.cdlint.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything one run found.
 *
 * @param models the models linted, as found from the inputs, each once
 * @param findings sorted in {@link Finding#REPORT_ORDER}
 * @param inputs every file and folder the run read (models, configurations, schemas), which no output of the run
 *     may overwrite
 * @param notCloudKitEnabled the models with nothing to check, in a run over several models: they are said once in
 *     the summary instead of one {@code cloudkit-not-enabled} finding each
 * @param rulesNotRun per model, the ids of the rules that did not run on it, with the reason
 * @param summaries per model linted, how each configuration's scope was decided, and its record types when the
 *     request asked for them ({@link LintRequest#summarize()})
 */
public record LintResult(List<Path> models, List<Finding> findings, List<Path> inputs,
        List<Path> notCloudKitEnabled, Map<Path, Map<String, String>> rulesNotRun, List<ModelSummary> summaries) {

    public LintResult {
        models = List.copyOf(models);
        findings = List.copyOf(findings);
        inputs = List.copyOf(inputs);
        notCloudKitEnabled = List.copyOf(notCloudKitEnabled);
        rulesNotRun = Map.copyOf(rulesNotRun);
        summaries = List.copyOf(summaries);
    }
}
