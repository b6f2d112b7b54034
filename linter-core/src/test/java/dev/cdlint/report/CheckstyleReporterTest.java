package dev.cdlint.report;

import static dev.cdlint.report.Xml.elements;
import static dev.cdlint.report.Xml.intAttribute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class CheckstyleReporterTest {

    @Test
    void oneFileElementPerFileOneErrorPerFinding() {
        Element root = Xml.parse(Render.render(ReportFormat.CHECKSTYLE, ReportFixture.report()))
                .getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("checkstyle");
        List<Element> files = elements(root, "file");
        assertThat(files).extracting(f -> f.getAttribute("name")).containsExactly(
                ReportFixture.BUNDLE_CONTENTS.toString(), ReportFixture.STANDALONE_CONTENTS.toString());
        assertThat(elements(files.get(0), "error")).hasSize(3);
        assertThat(elements(files.get(1), "error")).hasSize(1);

        List<Element> errors = elements(root, "error");
        assertThat(errors).extracting(e -> e.getAttribute("severity"))
                .containsExactly("info", "error", "warning", "error");
        assertThat(errors).extracting(e -> e.getAttribute("source")).containsExactly("cdlint.test-no-configuration",
                "cdlint.test-required-no-default", "cdlint.test-unique-constraint", "cdlint.test-required-no-default");
    }

    @Test
    void unknownPositionsAreLeftOutAndMessagesSurviveEscaping() {
        List<Element> errors = elements(Xml.parse(Render.render(ReportFormat.CHECKSTYLE, ReportFixture.report()))
                .getDocumentElement(), "error");

        assertThat(errors.get(0).hasAttribute("line")).isFalse();
        assertThat(errors.get(0).hasAttribute("column")).isFalse();
        assertThat(intAttribute(errors.get(2), "line")).isEqualTo(30);
        assertThat(intAttribute(errors.get(2), "column")).isEqualTo(9);
        assertThat(errors.get(2).getAttribute("message")).isEqualTo(ReportFixture.AWKWARD_MESSAGE.replace("\n", " "));
    }
}
