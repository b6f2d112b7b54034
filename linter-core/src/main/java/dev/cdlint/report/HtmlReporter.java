package dev.cdlint.report;

import dev.cdlint.check.Check;
import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.lint.ModelSummary;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One self-contained HTML page for people: a summary, then per model its configurations and how each came to be
 * checked, its findings by element with a filter, each record type's fields against CloudKit's limit, the
 * production diff and the changes since the deployed model, then the explanation of every rule that found
 * something. What it draws beyond findings comes from the run's {@link ModelSummary summaries}, never from a
 * comparison of its own.
 */
final class HtmlReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        WorkingDirectory directory = report.workingDirectory();
        Map<String, ModelSummary> summaries = new LinkedHashMap<>();
        report.summaries().forEach(s -> summaries.put(directory.display(s.path()), s));
        Map<String, Check> rules = new LinkedHashMap<>();
        report.rules().forEach(rule -> rules.put(rule.id(), rule));
        // A model with nothing checked and nothing found (not CloudKit-enabled) is named once, not drawn: a run over
        // a folder of vendored and test models would otherwise be mostly empty sections.
        List<Report.Group> groups = new ArrayList<>();
        List<Report.Group> unchecked = new ArrayList<>();
        for (Report.Group group : report.groups()) {
            ModelSummary summary = summaries.get(group.name());
            boolean idle = group.findings().isEmpty() && summary != null
                    && summary.configurations().stream().noneMatch(ModelSummary.Scope::checked);
            (idle ? unchecked : groups).add(group);
        }

        Html html = Html.page("cdlint report");
        html.raw("<header><h1>cdlint report</h1><p class=\"muted\">cdlint ").text(report.toolVersion())
                .raw(" · ").text(Report.count(report.models().size(), "model", "models"))
                .raw("</p></header>\n<main>\n");
        summary(html, report, groups, summaries, unchecked);
        Set<String> found = report.findings().stream().map(Finding::rule)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!found.isEmpty()) {
            html.filters(found, "Rule");
        }
        for (Report.Group group : groups) {
            group(html, report, group, Optional.ofNullable(summaries.get(group.name())), rules);
        }
        html.explanations("Rules that found something", found.stream().filter(rules::containsKey).map(rules::get)
                .toList());
        out.write(html.raw("</main>\n").end());
        out.flush();
    }

    private static void summary(Html html, Report report, List<Report.Group> groups,
            Map<String, ModelSummary> summaries, List<Report.Group> unchecked) {
        html.raw("<section id=\"summary\"><h2>Summary</h2>\n<p>").text(report.summary()).raw("</p>\n");
        html.counts(report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO));
        html.raw("<p>").text(Html.exitCode(report.failLevel(), report.findings().stream().filter(report::fails)
                .count(), "finding")).raw("</p>\n");
        for (String note : TextReporter.baselineNotes(report.baseline())) {
            html.raw("<p>").text(note).raw("</p>\n");
        }
        report.notCloudKitEnabledNote().ifPresent(note -> html.raw("<p>").text(note).raw("</p>\n"));
        html.raw("<table><thead><tr><th scope=\"col\">Model</th><th scope=\"col\">Checked configurations (database:"
                + " how it was decided)</th><th scope=\"col\" class=\"num\">Errors</th><th scope=\"col\" class=\"num\">"
                + "Warnings</th><th scope=\"col\" class=\"num\">Info</th></tr></thead><tbody>\n");
        for (Report.Group group : groups) {
            html.raw("<tr><th scope=\"row\"><a class=\"path\" href=\"#").raw(Html.anchor("model-", group.name()))
                    .raw("\">").text(group.name()).raw("</a></th><td>");
            ModelSummary summary = summaries.get(group.name());
            if (summary == null) {
                html.raw(group.isModel() ? "<span class=\"muted\">not read</span>" : "<span class=\"muted\">not a"
                        + " model</span>");
            } else {
                List<ModelSummary.Scope> checked = summary.configurations().stream()
                        .filter(ModelSummary.Scope::checked).toList();
                if (checked.isEmpty()) {
                    html.raw("<span class=\"muted\">none: not CloudKit-enabled</span>");
                }
                for (ModelSummary.Scope scope : checked) {
                    html.raw("<div>").text(scope.configuration() + " → " + scope.scope())
                            .raw(" <span class=\"muted\">(").text(origin(scope, report.workingDirectory()))
                            .raw(")</span></div>");
                }
            }
            html.raw("</td>");
            for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
                html.raw("<td class=\"num\">").number(group.findings().stream().filter(f -> f.severity() == severity)
                        .count()).raw("</td>");
            }
            html.raw("</tr>\n");
        }
        html.raw("</tbody></table>\n");
        if (!unchecked.isEmpty()) {
            html.raw("<details><summary>").text(Report.count(unchecked.size(), "model", "models") + " with no"
                    + " configuration checked and nothing found").raw("</summary>\n<ul>");
            unchecked.forEach(group -> html.raw("<li><code>").text(group.name()).raw("</code></li>"));
            html.raw("</ul></details>\n");
        }
        html.raw("</section>\n");
    }

    private static void group(Html html, Report report, Report.Group group, Optional<ModelSummary> summary,
            Map<String, Check> rules) {
        html.raw("<section class=\"model\" id=\"").raw(Html.anchor("model-", group.name())).raw("\"><h2>")
                .raw(group.isModel() ? "Model " : "File ").raw("<code>").text(group.name()).raw("</code></h2>\n");
        summary.ifPresent(s -> configurations(html, s, report.workingDirectory()));
        findings(html, report, group, rules);
        summary.flatMap(ModelSummary::recordTypes).ifPresent(types -> {
            HtmlRecordTypes.fields(html, group.name(), types, types.production().map(report.workingDirectory()::display));
            types.deployedModel().ifPresent(label -> HtmlRecordTypes.changes(html, types, label));
        });
        rulesNotRun(html, report.rulesNotRun(group.name()));
        html.raw("</section>\n");
    }

    private static void configurations(Html html, ModelSummary summary, WorkingDirectory directory) {
        html.raw("<h3>Configurations</h3>\n<table><thead><tr><th scope=\"col\">Configuration</th><th scope=\"col\">"
                + "Checked</th><th scope=\"col\">Database</th><th scope=\"col\">How it was decided</th></tr></thead>"
                + "<tbody>\n");
        for (ModelSummary.Scope scope : summary.configurations()) {
            html.raw("<tr><th scope=\"row\">").text(scope.configuration()).raw("</th><td>")
                    .raw(scope.checked() ? "yes" : "no").raw("</td><td>")
                    .text(scope.decidedBy().equals("default") ? "—" : scope.scope()).raw("</td><td>")
                    .text(origin(scope, directory)).raw("</td></tr>\n");
        }
        html.raw("</tbody></table>\n");
    }

    /** How a configuration's scope was decided, and where when a file says so. */
    private static String origin(ModelSummary.Scope scope, WorkingDirectory directory) {
        return scope.reason() + (scope.at() == null ? "" : " (" + directory.display(scope.at()) + ")");
    }

    /** The findings of a group, by element: the entity (or record type) as a row group, each property a row. */
    private static void findings(Html html, Report report, Report.Group group, Map<String, Check> rules) {
        html.raw("<h3>Findings</h3>\n");
        if (group.findings().isEmpty()) {
            html.raw("<p>No findings.</p>\n");
            return;
        }
        Map<String, List<Finding>> byElement = new LinkedHashMap<>();
        for (Finding finding : group.findings()) {
            String element = finding.entity() != null ? finding.entity()
                    : finding.recordType() != null ? finding.recordType() : "The model as a whole";
            byElement.computeIfAbsent(element, e -> new ArrayList<>()).add(finding);
        }
        html.raw("<table><thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">Property or field</th>"
                + "<th scope=\"col\">Rule</th><th scope=\"col\">Message, fix and where</th></tr></thead>\n");
        // A rule's fix, and the sentences all its messages in the model end with, are written at its first finding;
        // the others point there, which keeps a model with hundreds of findings of one rule readable and the page
        // small. A file is named at the first finding in it.
        Set<String> fixShown = new HashSet<>();
        Map<String, String> endings = sharedEndings(group.findings());
        Set<String> endingShown = new HashSet<>();
        Path[] lastFile = {null};
        byElement.forEach((element, findings) -> {
            html.raw("<tbody class=\"element\"><tr><th colspan=\"4\" scope=\"rowgroup\">").text(element)
                    .raw("</th></tr>\n");
            for (Finding finding : findings) {
                html.raw("<tr data-severity=\"").raw(finding.severity().id()).raw("\" data-rule=\"")
                        .raw(Html.attribute(finding.rule())).raw("\"><td>").severity(finding.severity())
                        .raw("</td><td><code>").text(finding.property() != null ? finding.property()
                                : finding.field() != null ? finding.field() : "—").raw("</code></td><td>");
                if (rules.containsKey(finding.rule())) {
                    html.ruleLink(finding.rule());
                } else {
                    html.raw("<code>").text(finding.rule()).raw("</code>");
                }
                String ending = endings.get(finding.rule());
                String message = finding.message();
                if (ending != null && !endingShown.add(finding.rule())) {
                    message = message.substring(0, message.length() - ending.length()).stripTrailing()
                            + " The rest as above.";
                }
                html.raw("</td><td><div class=\"msg\">").lines(message).raw("</div>");
                Optional.ofNullable(rules.get(finding.rule())).ifPresent(rule -> html.raw("<div class=\"muted\">Fix: ")
                        .text(fixShown.add(rule.id()) ? rule.info().fix() : "as above.").raw("</div>"));
                String where = report.workingDirectory().display(finding.location());
                if (finding.location().file().equals(lastFile[0])) {
                    where = where.substring(report.workingDirectory().display(finding.location().file()).length());
                }
                lastFile[0] = finding.location().file();
                html.raw("<div><code class=\"muted\">").text(where).raw("</code></div></td></tr>\n");
            }
            html.raw("</tbody>\n");
        });
        html.raw("</table>\n");
    }

    /**
     * Per rule with several findings in a group, the sentences all its messages end with, when they are long enough
     * to be worth writing once (the deploy steps every undeployed field repeats, say).
     */
    private static Map<String, String> sharedEndings(List<Finding> findings) {
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        findings.forEach(f -> byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f.message()));
        Map<String, String> endings = new HashMap<>();
        byRule.forEach((rule, messages) -> {
            if (messages.size() < 2) {
                return;
            }
            String ending = messages.get(0);
            for (String message : messages) {
                int common = 0;
                while (common < ending.length() && common < message.length() && ending.charAt(ending.length() - 1
                        - common) == message.charAt(message.length() - 1 - common)) {
                    common++;
                }
                ending = ending.substring(ending.length() - common);
            }
            // Whole sentences only, and never a whole message.
            int sentence = ending.indexOf(". ");
            ending = sentence < 0 ? "" : ending.substring(sentence + 1);
            String shared = ending;
            if (ending.length() >= MIN_SHARED_ENDING && messages.stream().allMatch(m -> m.length() > shared.length())) {
                endings.put(rule, ending);
            }
        });
        return endings;
    }

    /** The shortest ending worth writing once: shorter ones read better repeated. */
    private static final int MIN_SHARED_ENDING = 80;

    /** The rules that did not run on the model, by reason, so that a clean page is not read as "all checked". */
    private static void rulesNotRun(Html html, Map<String, String> notRun) {
        if (notRun.isEmpty()) {
            return;
        }
        Map<String, List<String>> byReason = notRun.entrySet().stream().collect(Collectors.groupingBy(
                Map.Entry::getValue, TreeMap::new, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        html.raw("<details><summary>").text(Report.count(notRun.size(), "rule", "rules") + " did not run")
                .raw("</summary>\n<ul>");
        byReason.forEach((reason, ids) -> html.raw("<li>").text(reason + ": " + ids.stream().sorted()
                .collect(Collectors.joining(", "))).raw("</li>"));
        html.raw("</ul></details>\n");
    }
}
