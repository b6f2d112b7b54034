package dev.cdlint.report;

import dev.cdlint.finding.Finding;
import dev.cdlint.check.Check;
import dev.cdlint.finding.Severity;
import dev.cdlint.lint.ModelSummary;
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
 * @param rules the rules that ran (production passes {@code Catalog.rules()}; {@code cdlint logs} its diagnosis
 *     kinds, for SARIF only): SARIF describes them and JUnit lists each as a test case of every model, so a
 *     dashboard shows what was checked
 * @param baseline what the baseline filtered out, {@link BaselineCounts#NONE} without one
 * @param notCloudKitEnabled how many models of a run over several had nothing to check (LintResult)
 * @param failLevel the level at which the run fails ({@code --fail-on}); empty for {@code never}. JUnit counts only
 *     findings at or above it as failures
 * @param rulesNotRun per model (as in {@link #models}), the rules that did not run on it and why (no production
 *     schema, turned off): JUnit marks them skipped rather than passed
 * @param summaries per model, how each configuration's scope was decided (JSON lists them) and, when the run was
 *     asked to draw them (HTML), its record types
 */
public record Report(
        String toolVersion,
        WorkingDirectory workingDirectory,
        List<Path> models,
        List<Finding> findings,
        List<? extends Check> rules,
        BaselineCounts baseline,
        Optional<Severity> failLevel,
        Map<Path, Map<String, String>> rulesNotRun,
        int notCloudKitEnabled,
        List<ModelSummary> summaries) {

    public static final String TOOL_NAME = "cdlint";

    public Report {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(failLevel, "failLevel");
        models = List.copyOf(models);
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        rulesNotRun = Map.copyOf(rulesNotRun);
        summaries = List.copyOf(summaries);
    }

    /** A report without model summaries. */
    public Report(String toolVersion, WorkingDirectory workingDirectory, List<Path> models, List<Finding> findings,
            List<? extends Check> rules, BaselineCounts baseline, Optional<Severity> failLevel,
            Map<Path, Map<String, String>> rulesNotRun, int notCloudKitEnabled) {
        this(toolVersion, workingDirectory, models, findings, rules, baseline, failLevel, rulesNotRun,
                notCloudKitEnabled, List.of());
    }

    /** A report that fails at {@code error} and ran every rule on every model. */
    public Report(String toolVersion, WorkingDirectory workingDirectory, List<Path> models, List<Finding> findings,
            List<? extends Check> rules, BaselineCounts baseline) {
        this(toolVersion, workingDirectory, models, findings, rules, baseline, Optional.of(Severity.ERROR), Map.of(),
                0);
    }

    /** Whether the finding is at or above the fail level, which makes it a failure where a format has those. */
    public boolean fails(Finding finding) {
        return failLevel.map(level -> finding.severity().atLeast(level)).orElse(false);
    }

    /** The rules that did not run on a model, by id, with the reason; the model as a group names it. */
    public Map<String, String> rulesNotRun(String group) {
        return rulesNotRun.entrySet().stream()
                .filter(e -> workingDirectory.display(e.getKey()).equals(group))
                .map(Map.Entry::getValue).findFirst().orElse(Map.of());
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether a finding is at or above the fail level, so that the run fails; with {@code never} nothing does. */
    public boolean reaches() {
        return findings.stream().anyMatch(this::fails);
    }

    /**
     * The closing line of a run, a sentence: "4 findings (3 errors, 1 info) in 2 models.", naming only the
     * severities found, or that nothing was found.
     */
    public String summary() {
        String in = " in " + count(models.size(), "model", "models") + ".";
        if (findings.isEmpty()) {
            return "No problems found" + in;
        }
        return count(findings.size(), "finding", "findings") + " (" + severityCounts(count(Severity.ERROR),
                count(Severity.WARNING), count(Severity.INFO)) + ")" + in;
    }

    /** "2 errors, 1 info": the severities present, with their counts, for a summary line. */
    public static String severityCounts(long errors, long warnings, long infos) {
        List<String> present = new ArrayList<>(3);
        if (errors > 0) {
            present.add(count(errors, "error", "errors"));
        }
        if (warnings > 0) {
            present.add(count(warnings, "warning", "warnings"));
        }
        if (infos > 0) {
            present.add(infos + " info");
        }
        return String.join(", ", present);
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

    /** "1 model", "2 models": a count with its noun. */
    public static String count(long n, String one, String many) {
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
