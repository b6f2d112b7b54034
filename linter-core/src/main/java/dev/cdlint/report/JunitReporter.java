package dev.cdlint.report;

import dev.cdlint.finding.Finding;
import dev.cdlint.rules.Rule;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML for CI test dashboards: a {@code <testsuite>} per model, in it a {@code <testcase>} per rule
 * ({@code classname} = the model's path, {@code name} = the rule id), and in that a {@code <failure>} per finding of
 * the rule in the model, whatever its severity ({@code type} says which). Rules without findings are passing test
 * cases, so the dashboard shows what was checked. A file outside every model gets a suite with just the rules that
 * found something there.
 *
 * <p>{@code tests} counts test cases and {@code failures} the failing ones, as JUnit does, not the findings. Paths
 * are relative to the working directory. The {@code message} attribute holds the message on one line; the element's
 * text holds the location and the whole message.
 */
final class JunitReporter implements Reporter {

    private record Suite(String name, Map<String, List<Finding>> findingsByRule) {

        long failures() {
            return findingsByRule.values().stream().filter(f -> !f.isEmpty()).count();
        }
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<Suite> suites = suites(report);
        XmlDocument xml = new XmlDocument(out);
        xml.start("testsuites")
                .attribute("name", Report.TOOL_NAME)
                .attribute("tests", suites.stream().mapToInt(s -> s.findingsByRule().size()).sum())
                .attribute("failures", suites.stream().mapToLong(Suite::failures).sum())
                .attribute("errors", 0);
        for (Suite suite : suites) {
            xml.start("testsuite")
                    .attribute("name", suite.name())
                    .attribute("tests", suite.findingsByRule().size())
                    .attribute("failures", suite.failures())
                    .attribute("errors", 0)
                    .attribute("skipped", 0);
            for (Map.Entry<String, List<Finding>> testCase : suite.findingsByRule().entrySet()) {
                if (testCase.getValue().isEmpty()) {
                    xml.empty("testcase").attribute("classname", suite.name()).attribute("name", testCase.getKey());
                    continue;
                }
                xml.start("testcase").attribute("classname", suite.name()).attribute("name", testCase.getKey());
                for (Finding finding : testCase.getValue()) {
                    xml.start("failure")
                            .attribute("message", finding.message())
                            .attribute("type", finding.severity().id())
                            .text(report.workingDirectory().display(finding.location()) + ": " + finding.message())
                            .end();
                }
                xml.end();
            }
            xml.end();
        }
        xml.end();
        xml.finish();
    }

    private static List<Suite> suites(Report report) {
        List<Suite> suites = new ArrayList<>();
        for (Report.Group group : report.groups()) {
            // Sorted by rule id, so that the same run always lists test cases in the same order.
            Map<String, List<Finding>> byRule = new TreeMap<>();
            if (group.isModel()) {
                for (Rule rule : report.rules()) {
                    byRule.put(rule.id(), new ArrayList<>());
                }
            }
            for (Finding finding : group.findings()) {
                byRule.computeIfAbsent(finding.rule(), r -> new ArrayList<>()).add(finding);
            }
            suites.add(new Suite(group.name(), byRule));
        }
        return suites;
    }
}
