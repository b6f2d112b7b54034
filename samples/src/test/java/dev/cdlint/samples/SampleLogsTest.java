package dev.cdlint.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.logs.Diagnosis;
import dev.cdlint.logs.LogAnalysis;
import dev.cdlint.logs.LogReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample TestFlight log does what the README's "When sync fails" shows: the Journal app's production schema
 * is behind its model, and each refusal lands on the model element, confirmed by the sample export.
 */
class SampleLogsTest {

    private static final Path JOURNAL = Processes.projectRoot().resolve("samples/journal");
    private static final Path LOG = JOURNAL.resolve("logs/testflight-sync.log");

    @Test
    void theTestFlightLogShowsTheUndeployedFieldsOnTheirElements() {
        LogReport report = LogAnalysis.analyse(List.of(LogAnalysis.Source.file(LOG)),
                JOURNAL.resolve("Journal.xcdatamodeld"), JOURNAL.resolve("cloudkit/production.ckdb"),
                Processes.projectRoot());

        assertThat(report.diagnoses()).extracting(d -> d.kind().id() + " " + d.recordType() + "/" + d.field() + " "
                + d.elementName() + " ×" + d.count()).containsExactly(
                        "production-schema-field CD_Entry/CD_caption PhotoEntry.caption ×3",
                        "production-schema-field CD_Entry/CD_privateNote Entry.privateNote ×3",
                        "production-schema-type CD_Tag/null Tag ×1");
        assertThat(report.diagnoses()).allSatisfy(d -> {
            assertThat(d.element().file().toString()).endsWith("Journal 2.xcdatamodel/contents");
            assertThat(d.message()).contains("production.ckdb has no", "confirmed");
        });
        assertThat(report.diagnoses()).extracting(Diagnosis::line).containsExactly(5, 6, 23);
    }
}
