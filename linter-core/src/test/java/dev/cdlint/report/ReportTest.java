package dev.cdlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static Finding at(Path file) {
        return new Finding("test-quiet", Severity.WARNING, "m", SourceLocation.ofFile(file), null, null, null, null,
                null);
    }

    @Test
    void groupsFindingsUnderTheInnermostModelThenOtherFiles() {
        Path outer = Path.of("/project/Outer.xcdatamodeld");
        Path inner = Path.of("/project/Outer.xcdatamodeld/Fixtures/Inner.xcdatamodel");
        Path empty = Path.of("/project/Empty.xcdatamodel");
        Finding inOuter = at(outer.resolve("Outer.xcdatamodel/contents"));
        Finding inInner = at(inner.resolve("contents"));
        Finding elsewhere = at(Path.of("/project/schema.ckdb"));
        Report report = new Report("1", new WorkingDirectory(Path.of("/project")), List.of(outer, inner, empty),
                List.of(inOuter, inInner, elsewhere), List.of(), BaselineCounts.NONE);

        assertThat(report.groups()).containsExactly(
                new Report.Group("Outer.xcdatamodeld", true, List.of(inOuter)),
                new Report.Group("Outer.xcdatamodeld/Fixtures/Inner.xcdatamodel", true, List.of(inInner)),
                new Report.Group("Empty.xcdatamodel", true, List.of()),
                new Report.Group("schema.ckdb", false, List.of(elsewhere)));
    }

    @Test
    void relativeModelAndFindingPathsMatchAbsoluteOnes() {
        Path model = Path.of("App/Model.xcdatamodeld");
        Finding finding = at(Path.of("/project/App/Model.xcdatamodeld/Model.xcdatamodel/contents"));
        Report report = new Report("1", new WorkingDirectory(Path.of("/project")), List.of(model),
                List.of(finding), List.of(), BaselineCounts.NONE);

        assertThat(report.groups()).containsExactly(
                new Report.Group("App/Model.xcdatamodeld", true, List.of(finding)));
    }
}
