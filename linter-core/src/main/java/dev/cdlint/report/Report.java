package dev.cdlint.report;

import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.rules.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a report format may show about one run.
 *
 * @param toolVersion cdlint's version, for the formats that record the producing tool (JSON, SARIF)
 * @param workingDirectory what paths are shown relative to
 * @param models the models linted, each once, as the linter found them (absolute or relative to the working
 *     directory): findings are grouped by them and JUnit has one suite per model
 * @param findings what to report, already baselined and sorted in {@link Finding#REPORT_ORDER}
 * @param rules the rules that ran (production passes {@code RuleCatalog.all()}): SARIF describes them and JUnit
 *     lists each as a test case of every model, so a dashboard shows what was checked
 * @param baseline what the baseline filtered out, {@link BaselineCounts#NONE} without one
 * @param notCloudKitEnabled how many models of a run over several had nothing to check (LintResult)
 */
public record Report(
        String toolVersion,
        WorkingDirectory workingDirectory,
        List<Path> models,
        List<Finding> findings,
        List<Rule> rules,
        BaselineCounts baseline,
        int notCloudKitEnabled) {

    public static final String TOOL_NAME = "cdlint";

    public Report {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(baseline, "baseline");
        models = List.copyOf(models);
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
    }

    public Report(String toolVersion, WorkingDirectory workingDirectory, List<Path> models, List<Finding> findings,
            List<Rule> rules, BaselineCounts baseline) {
        this(toolVersion, workingDirectory, models, findings, rules, baseline, 0);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether a finding is at or above the fail level; with no level ({@code never}) nothing fails. */
    public boolean reaches(Optional<Severity> failLevel) {
        return failLevel.map(level -> findings.stream().anyMatch(f -> f.severity().atLeast(level))).orElse(false);
    }

    /** The closing line of a run: "3 errors, 1 warning, 0 infos in 2 models", or that nothing was found. */
    public String summary() {
        String in = " in " + count(models.size(), "model", "models");
        if (findings.isEmpty()) {
            return "No problems found" + in + ".";
        }
        return count(count(Severity.ERROR), "error", "errors") + ", "
                + count(count(Severity.WARNING), "warning", "warnings") + ", "
                + count(count(Severity.INFO), "info", "infos") + in;
    }

    /** The line under the summary that counts the models not checked, in a run over several models. */
    public Optional<String> notCloudKitEnabledNote() {
        if (notCloudKitEnabled == 0) {
            return Optional.empty();
        }
        return Optional.of(count(notCloudKitEnabled, "model is", "models are") + " not CloudKit-enabled and"
                + (notCloudKitEnabled == 1 ? " was" : " were") + " not checked (tick \"Used with CloudKit\" on"
                + " the configuration that syncs, or name it under scopes: in .cdlint.yml).");
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * The findings of one model, or of one file that belongs to no model (a production schema, say).
     *
     * @param name the model path as {@link WorkingDirectory#display shown}
     * @param isModel false for a group made for a file outside every model
     */
    public record Group(String name, boolean isModel, List<Finding> findings) {}

    /**
     * Findings by the model whose folder holds their file (the innermost, should models nest): every model in
     * {@link #models} order, even one without findings, then a group per other file, in finding order.
     */
    public List<Group> groups() {
        Map<Path, List<Finding>> byModel = new LinkedHashMap<>();
        for (Path model : models) {
            byModel.put(workingDirectory.absolute(model), new ArrayList<>());
        }
        Map<Path, List<Finding>> byOtherFile = new LinkedHashMap<>();
        for (Finding finding : findings) {
            Path file = workingDirectory.absolute(finding.location().file());
            Path model = byModel.keySet().stream()
                    .filter(file::startsWith)
                    .reduce((outer, inner) -> inner.getNameCount() > outer.getNameCount() ? inner : outer)
                    .orElse(null);
            (model != null ? byModel.get(model) : byOtherFile.computeIfAbsent(file, f -> new ArrayList<>()))
                    .add(finding);
        }
        List<Group> groups = new ArrayList<>();
        byModel.forEach((model, list) -> groups.add(new Group(workingDirectory.display(model), true, list)));
        byOtherFile.forEach((file, list) -> groups.add(new Group(workingDirectory.display(file), false, list)));
        return groups;
    }
}
