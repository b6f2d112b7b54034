package dev.cdlint.report;

import static dev.cdlint.report.Xml.elements;
import static dev.cdlint.report.Xml.intAttribute;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.config.LintConfig;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class JunitReporterTest {

    private static Report report(Optional<Severity> failLevel, Map<Path, Map<String, String>> notRun) {
        Report fixture = ReportFixture.report();
        return new Report(fixture.toolVersion(), fixture.workingDirectory(), fixture.models(), fixture.findings(),
                fixture.rules(), fixture.baseline(), failLevel, notRun, 0);
    }

    private static Element render(Report report) {
        return Xml.parse(Render.render(ReportFormat.JUNIT, report)).getDocumentElement();
    }

    @Test
    void onlyFindingsAtOrAboveTheFailLevelAreFailures() {
        assertThat(elements(render(report(Optional.of(Severity.ERROR), Map.of())), "failure"))
                .extracting(f -> f.getAttribute("type")).containsExactly("error", "error");
        assertThat(elements(render(report(Optional.of(Severity.WARNING), Map.of())), "failure"))
                .extracting(f -> f.getAttribute("type")).containsExactlyInAnyOrder("error", "warning", "error");
        assertThat(elements(render(report(Optional.of(Severity.INFO), Map.of())), "failure")).hasSize(4);
        assertThat(elements(render(report(Optional.empty(), Map.of())), "failure")).isEmpty();
    }

    @Test
    void eachFindingIsATestCaseWithAtMostOneFailureAndTheRestKeepTheirMessage() {
        Element root = render(report(Optional.of(Severity.ERROR), Map.of()));

        List<Element> findingCases = elements(root, "testcase").stream()
                .filter(c -> c.getAttribute("name").contains(" at ")).toList();
        assertThat(findingCases).hasSize(ReportFixture.findings().size())
                .allSatisfy(c -> assertThat(elements(c, "failure").size()).isLessThanOrEqualTo(1));
        Element warning = findingCases.stream()
                .filter(c -> c.getAttribute("name").startsWith("test-unique-constraint")).findFirst().orElseThrow();
        assertThat(warning.getAttribute("name"))
                .isEqualTo("test-unique-constraint at App/Model.xcdatamodeld/Model 2.xcdatamodel/contents:30:9");
        assertThat(elements(warning, "system-out").get(0).getTextContent()).isEqualTo(
                "warning: App/Model.xcdatamodeld/Model 2.xcdatamodel/contents:30:9: " + ReportFixture.AWKWARD_MESSAGE);
        assertThat(intAttribute(root, "failures")).isEqualTo(2);
    }

    @Test
    void rulesThatDidNotRunAreSkippedAndRulesWithoutFindingsPass() {
        Element root = render(report(Optional.of(Severity.ERROR),
                Map.of(ReportFixture.STANDALONE, Map.of("test-quiet", "no production schema"))));

        Element widget = elements(root, "testsuite").get(1);
        Element quiet = elements(widget, "testcase").stream()
                .filter(c -> c.getAttribute("name").equals("test-quiet")).findFirst().orElseThrow();
        assertThat(elements(quiet, "skipped").get(0).getAttribute("message")).isEqualTo("no production schema");
        assertThat(intAttribute(widget, "skipped")).isEqualTo(1);
        assertThat(intAttribute(root, "skipped")).isEqualTo(1);

        Element appQuiet = elements(elements(root, "testsuite").get(0), "testcase").stream()
                .filter(c -> c.getAttribute("name").equals("test-quiet")).findFirst().orElseThrow();
        assertThat(appQuiet.getChildNodes().getLength()).as("ran and found nothing").isZero();
    }

    /**
     * A family that did not run for want of its input is one skipped case, not one per rule: a run over 79 models
     * without a production schema listed 18 skipped cases per model.
     */
    @Test
    void aFamilyThatDidNotRunIsOneSkippedCaseAndARuleTurnedOffIsItsOwn() {
        Path model = Path.of("../samples/journal/Journal.xcdatamodeld").toAbsolutePath().normalize();
        Map<String, String> notRun = new LinkedHashMap<>(RuleEngine.withAllRules().rulesNotRun(
                LintConfig.defaults(), false, false));
        notRun.put("decimal-precision", "turned off in the configuration");
        Report report = new Report("test", new WorkingDirectory(model.getParent()), List.of(model), List.of(),
                Catalog.rules(), BaselineCounts.NONE, Optional.of(Severity.ERROR), Map.of(model, notRun), 0);

        List<Element> skipped = elements(render(report), "testcase").stream()
                .filter(c -> !elements(c, "skipped").isEmpty()).toList();

        assertThat(skipped).extracting(c -> c.getAttribute("name") + ": "
                + elements(c, "skipped").get(0).getAttribute("message")).containsExactlyInAnyOrder(
                "decimal-precision: turned off in the configuration",
                "Production schema rules (10): no production schema to compare with (--against, or schema: in"
                        + " .cdlint.yml)",
                "Evolution rules (9): no deployed model to compare with (--against-ref, --against-model, or"
                        + " against-ref: in .cdlint.yml)");
    }

    @Test
    void classNamesHaveNoDotsForDashboardsToSplitIntoPackages() {
        Element root = render(ReportFixture.report());

        assertThat(elements(root, "testcase")).extracting(c -> c.getAttribute("classname"))
                .containsOnly("App/Model_xcdatamodeld", "Widget/Cache_xcdatamodel");
    }

    /** Maven's own reader of JUnit XML (surefire-report-parser, behind the surefire-report plugin) agrees. */
    @Test
    void surefiresReportParserReadsTheCountsWeMeant() throws Exception {
        String xml = Render.render(ReportFormat.JUNIT, report(Optional.of(Severity.WARNING),
                Map.of(ReportFixture.STANDALONE, Map.of("test-quiet", "no production schema"))));
        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());

        List<ReportTestSuite> suites = parser.parse(new InputStreamReader(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));

        assertThat(parser.isValid()).isTrue();
        assertThat(suites).extracting(ReportTestSuite::getName)
                .containsExactly("App/Model_xcdatamodeld", "Widget/Cache_xcdatamodel");
        assertThat(suites).extracting(ReportTestSuite::getNumberOfFailures).containsExactly(2, 1);
        assertThat(suites).extracting(ReportTestSuite::getNumberOfSkipped).containsExactly(0, 1);
        List<ReportTestCase> cases = suites.stream().flatMap(s -> s.getTestCases().stream()).toList();
        assertThat(cases).extracting(ReportTestCase::getFullClassName).allMatch(name -> !name.contains("."));
        assertThat(cases.stream().filter(ReportTestCase::hasFailure)).extracting(ReportTestCase::getFailureType)
                .containsExactlyInAnyOrder("error", "warning", "error");
        assertThat(cases.stream().filter(ReportTestCase::hasSkipped).count()).isEqualTo(1);
    }

    @Test
    void aFileOutsideEveryModelGetsASuiteOfItsFindings() {
        List<Finding> findings = new ArrayList<>(ReportFixture.findings());
        findings.add(new Finding("test-quiet", Severity.ERROR, "in the schema",
                new SourceLocation(Path.of("/project/schema.ckdb"), 4, 1), null, null, null, "CD_Note", null));
        Element root = render(ReportFixture.report(findings, BaselineCounts.NONE));

        Element schemaSuite = elements(root, "testsuite").get(2);
        assertThat(schemaSuite.getAttribute("name")).isEqualTo("schema_ckdb");
        assertThat(elements(schemaSuite, "testcase")).extracting(c -> c.getAttribute("name"))
                .containsExactly("test-quiet at schema.ckdb:4:1");
        assertThat(intAttribute(schemaSuite, "failures")).isEqualTo(1);
    }

    @Test
    void charactersXmlCannotHoldAreReplaced() {
        Finding control = new Finding("test-quiet", Severity.ERROR, "bell \u0007 here",
                new SourceLocation(ReportFixture.STANDALONE_CONTENTS, 1, 1), null, null, null, null, null);
        Element root = render(ReportFixture.report(List.of(control), BaselineCounts.NONE));
        assertThat(elements(root, "failure").get(0).getAttribute("message")).isEqualTo("bell \uFFFD here");
    }
}
