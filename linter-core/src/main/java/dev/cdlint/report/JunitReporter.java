package dev.cdlint.report;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.catalog.Family;
import dev.cdlint.check.Check;
import dev.cdlint.finding.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML for CI test dashboards (Jenkins, GitLab, Surefire's report): a {@code <testsuite>} per model, and in it
 * <ul>
 *   <li>a {@code <testcase>} per finding, named {@code rule-id at file:line:col}, with one {@code <failure>} when
 *       the finding is at or above the fail level ({@code --fail-on}) and passing otherwise, its message in
 *       {@code <system-out>}: an info or a warning that does not fail the run does not fail the dashboard either;
 *   <li>a passing {@code <testcase>} named by the rule id for each rule that ran and found nothing;
 *   <li>a {@code <testcase>} with {@code <skipped/>} for each rule that did not run on the model (the schema rules
 *       without a production schema, a rule turned off), saying why.
 * </ul>
 * A file outside every model gets a suite with just its findings. The suite's {@code name} and each case's
 * {@code classname} are the model's path with dots replaced by underscores: Jenkins and Surefire's report split a
 * class name at its last dot into package and class, which would make {@code App/Model} a package of a class
 * {@code xcdatamodeld}. Counts are of test cases, as JUnit's are; paths
 * are relative to the working directory.
 */
final class JunitReporter implements Reporter {

    /** One test case: a finding, a rule that found nothing, or a rule that did not run ({@code skipped} says why). */
    private record Case(String name, Finding finding, boolean failure, String skipped) {}

    private record Suite(String name, List<Case> cases) {

        long failures() {
            return cases.stream().filter(Case::failure).count();
        }

        long skipped() {
            return cases.stream().filter(c -> c.skipped() != null).count();
        }
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<Suite> suites = suites(report);
        XmlDocument xml = new XmlDocument(out);
        xml.start("testsuites")
                .attribute("name", Report.TOOL_NAME)
                .attribute("tests", suites.stream().mapToInt(s -> s.cases().size()).sum())
                .attribute("failures", suites.stream().mapToLong(Suite::failures).sum())
                .attribute("errors", 0)
                .attribute("skipped", suites.stream().mapToLong(Suite::skipped).sum());
        for (Suite suite : suites) {
            String className = suite.name().replace('.', '_');
            xml.start("testsuite")
                    .attribute("name", className)
                    .attribute("tests", suite.cases().size())
                    .attribute("failures", suite.failures())
                    .attribute("errors", 0)
                    .attribute("skipped", suite.skipped());
            for (Case testCase : suite.cases()) {
                if (testCase.finding() == null && testCase.skipped() == null) {
                    xml.empty("testcase").attribute("classname", className).attribute("name", testCase.name());
                    continue;
                }
                xml.start("testcase").attribute("classname", className).attribute("name", testCase.name());
                if (testCase.skipped() != null) {
                    xml.empty("skipped").attribute("message", testCase.skipped());
                } else {
                    Finding finding = testCase.finding();
                    String detail = finding.severity().id() + ": "
                            + report.workingDirectory().display(finding.location()) + ": " + finding.message();
                    if (testCase.failure()) {
                        xml.start("failure")
                                .attribute("message", finding.message())
                                .attribute("type", finding.severity().id())
                                .text(detail)
                                .end();
                    } else {
                        xml.start("system-out").text(detail).end();
                    }
                }
                xml.end();
            }
            xml.end();
        }
        xml.end();
        xml.finish();
    }

    /** The rules of a family that did not run, all for one reason. */
    private record SkippedFamily(List<String> rules, String reason) {}

    /**
     * The families none of whose rules ran, for the same reason (no production schema, no deployed model): one
     * skipped test case says it, instead of one per rule. A rule turned off on its own stays a case of its own.
     */
    private static Map<Family, SkippedFamily> skippedFamilies(List<? extends Check> rules, Map<String, String> notRun) {
        Map<Family, List<Check>> families = new EnumMap<>(Family.class);
        rules.forEach(rule -> Catalog.family(rule).ifPresent(family ->
                families.computeIfAbsent(family, f -> new ArrayList<>()).add(rule)));
        Map<Family, SkippedFamily> skipped = new EnumMap<>(Family.class);
        families.forEach((family, members) -> {
            List<String> reasons = members.stream().map(rule -> notRun.get(rule.id())).distinct().toList();
            if (members.size() > 1 && reasons.size() == 1 && reasons.get(0) != null) {
                skipped.put(family, new SkippedFamily(members.stream().map(Check::id).toList(), reasons.get(0)));
            }
        });
        return skipped;
    }

    private static List<Suite> suites(Report report) {
        List<Suite> suites = new ArrayList<>();
        for (Report.Group group : report.groups()) {
            // Sorted by rule id, then in finding order, so that the same run always lists cases in the same order.
            Map<String, List<Case>> byRule = new TreeMap<>();
            if (group.isModel()) {
                Map<String, String> notRun = report.rulesNotRun(group.name());
                for (Check rule : report.rules()) {
                    String reason = notRun.get(rule.id());
                    byRule.put(rule.id(), reason == null ? new ArrayList<>()
                            : new ArrayList<>(List.of(new Case(rule.id(), null, false, reason))));
                }
                skippedFamilies(report.rules(), notRun).forEach((family, skipped) -> {
                    skipped.rules().forEach(byRule::remove);
                    byRule.put(family.id(), new ArrayList<>(List.of(new Case(family.title() + " ("
                            + skipped.rules().size() + ")", null, false, skipped.reason()))));
                });
            }
            for (Finding finding : group.findings()) {
                List<Case> cases = byRule.computeIfAbsent(finding.rule(), r -> new ArrayList<>());
                cases.removeIf(c -> c.finding() == null);
                cases.add(new Case(finding.rule() + " at " + report.workingDirectory().display(finding.location()),
                        finding, report.fails(finding), null));
            }
            List<Case> cases = new ArrayList<>();
            byRule.forEach((rule, found) -> cases.addAll(found.isEmpty() ? List.of(new Case(rule, null, false, null))
                    : found));
            suites.add(new Suite(group.name(), cases));
        }
        return suites;
    }
}
