package dev.cdlint.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Severity;
import dev.cdlint.report.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cdlint logs --format html}, parsed: each diagnosis with its count, lines, element and times. */
class DiagnosisHtmlTest {

    private static final Path JOURNAL = Path.of("../samples/journal").toAbsolutePath().normalize();
    private static final Path PROJECT = JOURNAL.getParent().getParent();

    @TempDir
    Path dir;

    private static Document page(LogReport report, Optional<Severity> failLevel) throws IOException {
        StringWriter out = new StringWriter();
        DiagnosisReports.write(report, ReportFormat.HTML, failLevel, false, Map.of(), out);
        return Jsoup.parse(out.toString());
    }

    private static Document page(List<Path> logs, Path model, Path against, Path workingDirectory)
            throws IOException {
        LogReport report = LogAnalysis.analyse(logs.stream().map(LogAnalysis.Source::file).toList(), model, against,
                workingDirectory);
        StringWriter out = new StringWriter();
        DiagnosisReports.write(report, ReportFormat.HTML, Optional.of(Severity.ERROR), false, Map.of(), out);
        return Jsoup.parse(out.toString());
    }

    /** The sample TestFlight log: two undeployed fields, three times each, and an undeployed record type. */
    @Test
    void eachProblemWithItsCountLinesElementAndWhen() throws IOException {
        Document page = page(List.of(JOURNAL.resolve("logs/testflight-sync.log")),
                JOURNAL.resolve("Journal.xcdatamodeld"), JOURNAL.resolve("cloudkit/production.ckdb"), PROJECT);

        assertThat(page.selectFirst("#summary").text()).contains("3 problems (3 errors) in 1 log of 25 lines.",
                "Exit code 1: 3 problems are at or above error",
                "The logs span 2026-11-20 09:14:00.100 to 2026-11-20 09:15:01.310 (1 min 1 s)");
        List<Element> rows = page.select("#diagnoses tbody tr");
        assertThat(rows).extracting(tr -> tr.attr("data-rule") + " ×" + tr.child(2).text()).containsExactly(
                "production-schema-field ×3", "production-schema-field ×3", "production-schema-type ×1");
        Element caption = rows.get(0);
        assertThat(caption.child(3).text()).contains("CloudKit refused to create field CD_caption",
                "First seen at samples/journal/logs/testflight-sync.log:5, last at"
                        + " samples/journal/logs/testflight-sync.log:17.",
                "Model element: PhotoEntry.caption at samples/journal/Journal.xcdatamodeld/Journal"
                        + " 2.xcdatamodel/contents:18:9.");
        // Three sightings over the span: one a minute in, two at its end, which share the last slot.
        assertThat(caption.select("td.when svg rect.tick")).hasSize(2);
        assertThat(caption.select("td.when .muted").text())
                .isEqualTo("2026-11-20 09:14:01.200 to 2026-11-20 09:15:01.310 (1 min 0 s)");
        assertThat(page.getElementById(caption.selectFirst("a").attr("href").substring(1)).selectFirst("h3").text())
                .isEqualTo("production-schema-field error");
        assertThat(page.select("style, script")).hasSize(2);
    }

    @Test
    void undatedLogsSaySoAndNamesFromTheLogStayText() throws IOException {
        Path log = Files.writeString(dir.resolve("sync.log"), "CoreData: error: <CKError 0x1: \"Invalid Arguments\""
                + " (12/2006); server message = \"Cannot create or modify field 'CD_<img/src=x/onerror=alert(1)>'"
                + " in record 'CD_</style><script>x()</script>' in production schema\">\n");

        Document page = page(List.of(log), null, null, dir);

        assertThat(page.selectFirst("#summary").text()).contains("The logs have no dated timestamps");
        assertThat(page.select("th.when, td.when")).isEmpty();
        assertThat(page.select("img, [onerror]")).isEmpty();
        assertThat(page.select("style, script")).hasSize(2);
        assertThat(page.selectFirst("#diagnoses tbody tr").text()).contains("field CD_<img/src=x/onerror=alert(1)>",
                "record type CD_</style><script>x()</script>", "(give --model to find it)");
    }

    @Test
    void onlyDiagnosesAtOrAboveTheFailLevelFailTheRun() throws IOException {
        LogReport report = DiagnosisReportsTest.twoDiagnoses(dir);

        assertThat(page(report, Optional.of(Severity.ERROR)).selectFirst("#summary").text())
                .contains("Exit code 1: 1 problem is at or above error, the level the run fails on.");
        assertThat(page(report, Optional.empty()).selectFirst("#summary").text())
                .contains("Exit code 0: the run fails on never, so no problem fails it.");
    }

    @Test
    void everyLogReadIsListedAndOnlyTheKindsFoundAreExplained() throws IOException {
        Path first = Files.writeString(dir.resolve("a.log"), "Cannot create new type CD_Tag in production schema\n");
        Path second = Files.writeString(dir.resolve("b.log"), "nothing\n");

        Document page = page(List.of(first, second), null, null, dir);

        assertThat(page.selectFirst("#summary").text()).contains("Logs read: a.log, b.log.");
        assertThat(page.select("#diagnoses tbody tr")).singleElement()
                .satisfies(row -> assertThat(row.text()).contains("First seen at a.log:1.").doesNotContain("last at"));
        assertThat(page.select("h3")).extracting(Element::text).containsExactly("production-schema-type error");
    }

    @Test
    void aSpanIsToldInTheUnitThatMatters() {
        Instant start = Instant.parse("2026-11-20T09:00:00Z");

        assertThat(List.of(Duration.ofMinutes(65), Duration.ofHours(1), Duration.ofSeconds(123),
                Duration.ofSeconds(60), Duration.ofSeconds(45), Duration.ofSeconds(1), Duration.ofMillis(450),
                Duration.ZERO)).extracting(length -> DiagnosisHtml.duration(new TimeSpan(start, start.plus(length))))
                .containsExactly("1 h 5 min", "1 h 0 min", "2 min 3 s", "1 min 0 s", "45 s", "1 s", "450 ms", "0 ms");
    }
}
