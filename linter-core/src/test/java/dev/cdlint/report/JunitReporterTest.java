package dev.cdlint.report;

import static dev.cdlint.report.Xml.elements;
import static dev.cdlint.report.Xml.intAttribute;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class JunitReporterTest {

    @Test
    void oneSuitePerModelOneCasePerRuleOneFailurePerFinding() {
        Element root = Xml.parse(Render.render(ReportFormat.JUNIT, ReportFixture.report())).getDocumentElement();
        int rules = TestRules.ALL.size();

        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(intAttribute(root, "tests")).isEqualTo(2 * rules);
        assertThat(intAttribute(root, "failures")).isEqualTo(4);
        assertThat(elements(root, "failure")).hasSize(ReportFixture.findings().size());

        List<Element> suites = elements(root, "testsuite");
        assertThat(suites).extracting(s -> s.getAttribute("name"))
                .containsExactly("App/Model.xcdatamodeld", "Widget/Cache.xcdatamodel");
        for (Element suite : suites) {
            List<Element> cases = elements(suite, "testcase");
            assertThat(cases).hasSize(rules).hasSize(intAttribute(suite, "tests"));
            assertThat(cases.stream().filter(c -> !elements(c, "failure").isEmpty()).count())
                    .isEqualTo(intAttribute(suite, "failures"));
            assertThat(cases).allSatisfy(c -> assertThat(c.getAttribute("classname"))
                    .isEqualTo(suite.getAttribute("name")));
        }
        assertThat(intAttribute(suites.get(0), "failures")).isEqualTo(3);
        assertThat(intAttribute(suites.get(1), "failures")).isEqualTo(1);
    }

    @Test
    void passingRulesAreEmptyCasesAndFailuresKeepTheMessage() {
        Element root = Xml.parse(Render.render(ReportFormat.JUNIT, ReportFixture.report())).getDocumentElement();
        Element quiet = elements(root, "testcase").stream()
                .filter(c -> c.getAttribute("name").equals("test-quiet")).findFirst().orElseThrow();
        assertThat(quiet.getChildNodes().getLength()).isZero();

        Element awkward = elements(root, "failure").stream()
                .filter(f -> f.getAttribute("type").equals("warning")).findFirst().orElseThrow();
        assertThat(awkward.getAttribute("message"))
                .isEqualTo(ReportFixture.AWKWARD_MESSAGE.replace("\n", " "));
        assertThat(awkward.getTextContent()).isEqualTo(
                "App/Model.xcdatamodeld/Model 2.xcdatamodel/contents:30:9: " + ReportFixture.AWKWARD_MESSAGE);
    }

    @Test
    void aFileOutsideEveryModelGetsASuiteOfItsFailingRules() {
        List<Finding> findings = new ArrayList<>(ReportFixture.findings());
        findings.add(new Finding("test-quiet", Severity.WARNING, "in the schema",
                new SourceLocation(Path.of("/project/schema.ckdb"), 4, 1), null, null, null, "CD_Note", null));
        Element root = Xml.parse(Render.render(ReportFormat.JUNIT,
                ReportFixture.report(findings, BaselineCounts.NONE))).getDocumentElement();

        Element schemaSuite = elements(root, "testsuite").get(2);
        assertThat(schemaSuite.getAttribute("name")).isEqualTo("schema.ckdb");
        assertThat(elements(schemaSuite, "testcase")).extracting(c -> c.getAttribute("name"))
                .containsExactly("test-quiet");
        assertThat(intAttribute(root, "tests")).isEqualTo(2 * TestRules.ALL.size() + 1);
        assertThat(intAttribute(root, "failures")).isEqualTo(5);
    }

    @Test
    void charactersXmlCannotHoldAreReplaced() {
        Finding control = new Finding("test-quiet", Severity.ERROR, "bell \u0007 here",
                new SourceLocation(ReportFixture.STANDALONE_CONTENTS, 1, 1), null, null, null, null, null);
        Element root = Xml.parse(Render.render(ReportFormat.JUNIT,
                ReportFixture.report(List.of(control), BaselineCounts.NONE))).getDocumentElement();
        assertThat(elements(root, "failure").get(0).getAttribute("message")).isEqualTo("bell \uFFFD here");
    }
}
