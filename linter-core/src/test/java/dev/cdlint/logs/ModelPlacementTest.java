package dev.cdlint.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.logs.kinds.DiagnosisKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * With a model, each diagnosis lands on the element the {@code log:} comment of the fixture model stands above,
 * including an inherited property (134060 lists it under the sub-entity) and a sub-entity's field in its root's
 * record type; and cdlint says what it sees there.
 */
class ModelPlacementTest {

    private static final Path FIXTURE = Path.of("src/test/resources/logs/placement");
    private static final Path MODEL = FIXTURE.resolve("Library.xcdatamodel");
    private static final Pattern EXPECTATION = Pattern.compile("<!-- log: (\\S+) (\\S+)");

    @Test
    void everyDiagnosisLandsOnTheElementItsCommentStandsAbove() throws IOException {
        Map<String, Integer> expected = expectations(MODEL.resolve("contents"));
        List<Diagnosis> diagnoses = analyse(null);

        Map<String, Integer> placed = new LinkedHashMap<>();
        for (Diagnosis d : diagnoses) {
            assertThat(d.element()).as(describe(d)).isNotNull();
            assertThat(d.element().file().getFileName().toString()).isEqualTo("contents");
            assertThat(d.element().column()).as(describe(d)).isPositive();
            placed.put(describe(d), d.element().line());
        }
        assertThat(placed).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void theModelNamesBehindTheCloudKitNamesAreTheDeclaringEntitys() throws IOException {
        Diagnosis image = find(analyse(null), "production-schema-field CD_Item/CD_image");

        assertThat(image.entity()).isEqualTo("Photo");
        assertThat(image.property()).isEqualTo("image");
        assertThat(image.message()).contains("The model still has Photo.image", "the production schema is behind");
    }

    @Test
    void whatCdlintCheckWouldReportIsSaid() throws IOException {
        List<Diagnosis> diagnoses = analyse(null);

        assertThat(find(diagnoses, "model-validation Photo.createdAt").message())
                .contains("Photo inherits createdAt from Item", "'cdlint check' reports it too");
        assertThat(find(diagnoses, "model-validation Item.folder").message())
                .contains("'cdlint check' reports it too (relationship-missing-inverse)");
        assertThat(find(diagnoses, "model-validation Folder.name").message())
                .contains("'cdlint check' does not report it", "cdlint bug worth reporting");
        assertThat(find(diagnoses, "production-schema-field CD_Item/CD_removedLater").message())
                .contains("The model no longer has a property removedLater in Item's hierarchy");
    }

    @Test
    void theProductionExportConfirmsOrContradicts() throws IOException {
        List<Diagnosis> diagnoses = analyse(FIXTURE.resolve("production.ckdb"));

        assertThat(find(diagnoses, "production-schema-field CD_Item/CD_image").message())
                .contains("production.ckdb has no field CD_image in CD_Item: confirmed.");
        assertThat(find(diagnoses, "production-schema-field CD_Item/CD_title").message())
                .contains("production.ckdb has CD_Item.CD_title: it was deployed after the log was written");
        assertThat(find(diagnoses, "production-schema-type CD_Folder").message())
                .contains("production.ckdb has no record type CD_Folder: confirmed.");
    }

    private static List<Diagnosis> analyse(Path against) throws IOException {
        Path log = FIXTURE.resolve("sync.log");
        return LogAnalysis.analyse(List.of(LogAnalysis.Source.file(log)), MODEL,
                against, Path.of("").toAbsolutePath()).diagnoses();
    }

    private static Diagnosis find(List<Diagnosis> diagnoses, String description) {
        return diagnoses.stream().filter(d -> describe(d).equals(description)).findFirst()
                .orElseThrow(() -> new AssertionError("no diagnosis " + description + " in " + diagnoses));
    }

    /** {@code kind names}, names as the log gives them: {@code RecordType/field}, or {@code Entity.property}. */
    private static String describe(Diagnosis d) {
        String names = d.recordType() != null
                ? d.recordType() + (d.field() == null ? "" : "/" + d.field())
                : d.kind() == DiagnosisKind.MODEL_VALIDATION ? d.entity() + "." + d.property() : "-";
        return d.kind().id() + " " + names;
    }

    /** The expected diagnoses, each with the line of the element below its comment. */
    private static Map<String, Integer> expectations(Path contents) throws IOException {
        List<String> lines = Files.readAllLines(contents);
        Map<String, Integer> expected = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher match = EXPECTATION.matcher(lines.get(i));
            if (match.find()) {
                pending.add(match.group(1) + " " + match.group(2));
            } else if (!lines.get(i).strip().startsWith("<!--") && !pending.isEmpty()) {
                for (String description : pending) {
                    expected.put(description, i + 1);
                }
                pending.clear();
            }
        }
        return expected;
    }
}
