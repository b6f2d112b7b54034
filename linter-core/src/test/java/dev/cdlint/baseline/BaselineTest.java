package dev.cdlint.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.report.BaselineCounts;
import dev.cdlint.report.Golden;
import dev.cdlint.report.ReportFixture;
import dev.cdlint.source.InputException;
import dev.cdlint.source.OutputFile;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @TempDir
    Path temp;

    private Path written(List<Finding> findings) throws IOException {
        Path file = temp.resolve("cdlint-baseline.json");
        Baseline.write(findings, OutputFile.check(file, List.of()), ReportFixture.WORKING_DIRECTORY);
        return file;
    }

    /** The same finding after unrelated edits: moved down the file and reworded. */
    private static Finding movedAndReworded(Finding finding) {
        SourceLocation moved = new SourceLocation(finding.location().file(), finding.location().line() + 40, 1);
        String message = finding.elementName() == null ? finding.message() : "Reworded: " + finding.message();
        return new Finding(finding.rule(), finding.severity(), message, moved, finding.entity(),
                finding.property(), finding.configuration(), finding.recordType(), finding.field());
    }

    @Test
    void fileIsSortedVersionedAndReadable() throws IOException {
        Golden.assertMatches("baseline.json", Files.readString(written(ReportFixture.findings())));
    }

    @Test
    void roundTripMatchesEditedFindingsAndKeepsNewOnesAndCountsFixedOnes() throws IOException {
        List<Finding> original = ReportFixture.findings();
        Baseline baseline = Baseline.read(written(original));
        assertThat(baseline.entries()).hasSize(original.size());

        List<Finding> later = new ArrayList<>(original.stream().map(BaselineTest::movedAndReworded).toList());
        Finding fixed = later.remove(1);
        Finding added = new Finding("test-required-no-default", Severity.ERROR, "Note.body is required",
                new SourceLocation(ReportFixture.BUNDLE_CONTENTS, 20, 5), "Note", "body", null, null, null);
        later.add(added);

        Baseline.Result result = baseline.apply(later);
        assertThat(result.newFindings()).containsExactly(added).doesNotContain(fixed);
        assertThat(result.baselinedCount()).isEqualTo(original.size() - 1);
        assertThat(result.goneCount()).isEqualTo(1);
        assertThat(result.counts()).isEqualTo(new BaselineCounts(original.size() - 1, 1));
    }

    @Test
    void matchingCountsDuplicates() {
        Finding finding = ReportFixture.findings().get(1);
        Baseline baseline = Baseline.of(List.of(finding), ReportFixture.WORKING_DIRECTORY);

        Baseline.Result twice = baseline.apply(List.of(finding, movedAndReworded(finding)));
        assertThat(twice.newFindings()).hasSize(1);
        assertThat(twice.baselinedCount()).isEqualTo(1);
        assertThat(twice.goneCount()).isZero();

        Baseline.Result none = baseline.apply(List.of());
        assertThat(none.goneCount()).isEqualTo(1);
    }

    @Test
    void emptyBaselineRoundTrips() throws IOException {
        Path file = written(List.of());
        assertThat(Files.readString(file)).isEqualTo("{\n  \"version\": 1,\n  \"findings\": []\n}\n");
        assertThat(Baseline.read(file).apply(ReportFixture.findings()).newFindings())
                .isEqualTo(ReportFixture.findings());
    }

    @Test
    void unknownKeysAreSkipped() throws IOException {
        Path file = file("""
                {"version": 1, "later": {"x": [1]}, "findings": [
                  {"rule": "r", "fingerprint": "f", "note": ["kept for people"]}
                ]}""");
        assertThat(Baseline.read(file).entries())
                .containsExactly(new Baseline.Entry("r", "f", null, null, null));
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        Path file = file("{\n  \"version\": 1,\n  \"findings\": [\n    {\"rule\": \"r\",}\n  ]\n}\n");
        assertThatThrownBy(() -> Baseline.read(file))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.location()).isEqualTo(new SourceLocation(file, 4, 18));
                    assertThat(e.getMessage()).startsWith("malformed baseline JSON: ");
                });
    }

    @Test
    void wrongContentNamesWhereAndWhat() throws IOException {
        assertProblem("[]", 1, 1, "a baseline is a JSON object");
        assertProblem("{\"version\": 2, \"findings\": []}", 1, 13, "baseline version 2 is not supported");
        assertProblem("{\"version\": \"1\", \"findings\": []}", 1, 13, "\"version\" must be a whole number");
        assertProblem("{\"findings\": []}", 1, 16, "the baseline has no \"version\"");
        assertProblem("{\"version\": 1}", 1, 14, "the baseline has no \"findings\" list");
        assertProblem("{\"version\": 1, \"findings\": {}}", 1, 28, "\"findings\" must be a list");
        assertProblem("{\"version\": 1, \"findings\": [\n  {\"rule\": \"r\"}]}", 2, 3,
                "a baseline finding needs \"rule\" and \"fingerprint\"");
        assertProblem("{\"version\": 1, \"findings\": [{\"rule\": 3}]}", 1, 38, "\"rule\" must be a string");
    }

    @Test
    void missingFileIsAnInputError() {
        Path missing = temp.resolve("absent.json");
        assertThatThrownBy(() -> Baseline.read(missing))
                .isInstanceOf(InputException.class).hasMessage("no such baseline file");
    }

    @Test
    void aFolderOrAnOversizedFileIsAnInputErrorThatSaysWhy() throws IOException {
        Path huge = temp.resolve("huge.json");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(BaselineReader.MAX_BYTES + 1);
        }

        assertThatThrownBy(() -> Baseline.read(huge)).isInstanceOf(InputException.class)
                .hasMessage("the baseline is larger than 32 MB, far more than any project's findings; write it again");
        assertThatThrownBy(() -> Baseline.read(temp)).isInstanceOf(InputException.class)
                .hasMessage("cannot read the baseline: is a directory");
    }

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = written(ReportFixture.findings());
        written(List.of());
        assertThat(Baseline.read(file).entries()).isEmpty();
        try (var files = Files.list(temp)) {
            assertThat(files).containsExactly(file);
        }
    }

    private void assertProblem(String json, int line, int column, String message) throws IOException {
        Path file = file(json);
        assertThatThrownBy(() -> Baseline.read(file)).as(json)
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.getMessage()).startsWith(message);
                    assertThat(e.location()).isEqualTo(new SourceLocation(file, line, column));
                });
    }

    private Path file(String json) throws IOException {
        Path file = Files.createTempFile(temp, "baseline", ".json");
        Files.writeString(file, json);
        return file;
    }
}
