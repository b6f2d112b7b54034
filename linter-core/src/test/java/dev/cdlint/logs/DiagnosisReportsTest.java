package dev.cdlint.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdlint.report.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a report says about how the log was read: a cut message, a problem left out. */
class DiagnosisReportsTest {

    @TempDir
    Path dir;

    @Test
    void aCutMessageIsNamedWithItsLineInTextAndJson() throws IOException {
        String error = "Cannot create new type CD_Tag in production schema";
        Path log = Files.writeString(dir.resolve("sync.log"), error + " " + "x".repeat(LogReader.MAX_MESSAGE)
                + "; " + error + "\n");
        LogReport report = LogAnalysis.analyse(List.of(LogAnalysis.Source.file(log)), null, null, dir);

        assertThat(report.diagnoses()).singleElement().extracting(Diagnosis::count, Diagnosis::line)
                .containsExactly(2, 1);
        assertThat(write(report, ReportFormat.TEXT)).contains(
                "note: sync.log:1: a message longer than 1 MiB was cut here; the text after a cut was read as a new"
                        + " message.\n1 problem (1 error) in 1 log of 1 line.");
        JsonNode cuts = new ObjectMapper().readTree(write(report, ReportFormat.JSON)).get("summary").get("cuts");
        assertThat(cuts.toString()).isEqualTo("[{\"log\":\"sync.log\",\"line\":1,\"count\":1}]");
    }

    @Test
    void aLogReadWholeSaysNothingAboutHowItWasRead() throws IOException {
        Path log = Files.writeString(dir.resolve("sync.log"), "Cannot create new type CD_Tag in production schema\n");
        LogReport report = LogAnalysis.analyse(List.of(LogAnalysis.Source.file(log)), null, null, dir);

        assertThat(write(report, ReportFormat.TEXT)).doesNotContain("note:");
        assertThat(new ObjectMapper().readTree(write(report, ReportFormat.JSON)).get("summary").get("cuts")).isEmpty();
    }

    private static String write(LogReport report, ReportFormat format) throws IOException {
        StringWriter out = new StringWriter();
        DiagnosisReports.write(report, format, Optional.empty(), false, Map.of(), out);
        return out.toString();
    }
}
