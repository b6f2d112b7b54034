package dev.cdlint.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdlint.source.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the model or production export given to {@code cdlint logs} says about each diagnosis. */
class ModelEvidenceTest {

    private static final Path PLACEMENT = Path.of("src/test/resources/logs/placement");
    private static final String VALIDATION = "CoreData: error: Store failed to load. Error Domain=NSCocoaErrorDomain"
            + " Code=134060 \"A Core Data error occurred.\" UserInfo={NSLocalizedFailureReason=";
    private static final String REQUIRED = "CloudKit integration requires that all attributes be optional, or have a"
            + " default value set. The following attributes are marked non-optional but do not have a default value:";

    /**
     * Folder.items has no inverse; Folder.name is optional while Tag.name is required; Tag has a uniqueness
     * constraint.
     */
    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <model type="com.apple.IDECoreDataModeler.DataModel" usedWithCloudKit="YES">
                <entity name="Folder">
                    <attribute name="name" optional="YES" attributeType="String"/>
                    <relationship name="items" optional="YES" toMany="YES" deletionRule="Nullify" destinationEntity="Tag"/>
                </entity>
                <entity name="Tag">
                    <attribute name="name" attributeType="String"/>
                    <uniquenessConstraints>
                        <uniquenessConstraint>
                            <constraint value="name"/>
                        </uniquenessConstraint>
                    </uniquenessConstraints>
                </entity>
            </model>
            """;

    @TempDir
    Path dir;

    @Test
    void theProductionExportAloneConfirmsWhatTheLogSays() throws IOException {
        List<Diagnosis> diagnoses = LogAnalysis.analyse(List.of(LogAnalysis.Source.file(PLACEMENT.resolve("sync.log"))),
                null, PLACEMENT.resolve("production.ckdb"), dir).diagnoses();

        assertThat(diagnoses).filteredOn(d -> "CD_image".equals(d.field())).singleElement()
                .satisfies(d -> assertThat(d.notes()).containsExactly(
                        "production.ckdb has no field CD_image in CD_Item: confirmed."));
        assertThat(diagnoses).filteredOn(d -> d.kind().id().equals("model-validation")).allSatisfy(
                d -> assertThat(d.notes()).isEmpty());
    }

    @Test
    void anElidedFieldIsNotLookedUpInTheExport() throws IOException {
        List<Diagnosis> diagnoses = analyse("<CKError 0x1: \"Invalid Arguments\" (12/2006); server message = \"Cannot"
                + " create or modify field 'CD_\u2026' in record 'CD_Item' in production schema\">\n", null,
                PLACEMENT.resolve("production.ckdb"));

        assertThat(diagnoses).singleElement().satisfies(d -> assertThat(d.notes()).isEmpty());
    }

    @Test
    void aSwiftFileGivenAsTheModelIsRead() throws IOException {
        Path swift = Files.writeString(dir.resolve("Note.swift"), """
                import SwiftData
                @Model final class Note {
                    var title: String
                    init(title: String) { self.title = title }
                }
                """);

        List<Diagnosis> diagnoses = analyse(VALIDATION + REQUIRED + "\nNote: title\n}\n", swift, null);

        assertThat(diagnoses).singleElement().satisfies(d -> assertThat(d.element()).hasToString(swift + ":3:9"));
    }

    @Test
    void aFolderWithoutAModelThatIsNoAppIsAnInputError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThatThrownBy(() -> analyse("Cannot create new type CD_Tag in production schema\n", empty, null))
                .isInstanceOf(InputException.class).hasMessageContaining("no Core Data model (.xcdatamodeld or"
                        + " .xcdatamodel) and no SwiftData @Model class in this directory");
    }

    @Test
    void whatTheModelSaysOfEachValidationFailure() throws IOException {
        Path model = model();
        String log = "CoreData: error: Store failed to load. Error Domain=NSCocoaErrorDomain Code=134060 \"A Core"
                + " Data error occurred.\"\n"
                + VALIDATION + REQUIRED + "\nFolder: name\nGone: title\nTag: gone\n}\n"
                + VALIDATION + "CloudKit integration does not support ordered relationships. The following"
                + " relationships are marked ordered:\nFolder: items\n}\n"
                + VALIDATION + "CloudKit integration does not support unique constraints. The following entities are"
                + " constrained:\nTag: name\n}\n";

        assertThat(analyse(log, model, null)).extracting(d -> d.elementName() + ": " + d.notes()).containsExactly(
                "Folder.name: ['cdlint check' does not report it (attribute-required-without-default): if the log"
                        + " comes from this version of the model, that is a cdlint bug worth reporting.]",
                "Gone.title: [The model has no entity Gone: the log comes from another model or an older version of"
                        + " this one.]",
                "Tag.gone: [The model no longer has Tag.gone: the log comes from an older version of the model.]",
                "Folder.items: ['cdlint check' does not report it (ordered-relationship): if the log comes from this"
                        + " version of the model, that is a cdlint bug worth reporting.]",
                "Tag: ['cdlint check' reports it too (unique-constraint).]");
    }

    @Test
    void aDiagnosisNoModelCanExplainGetsNoNoteAboutTheModels() throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve("A/A.xcdatamodel")).resolve("contents"), MODEL);
        Files.writeString(Files.createDirectories(dir.resolve("B/B.xcdatamodel")).resolve("contents"), MODEL);

        List<Diagnosis> diagnoses = analyse("CoreData: error: <CKError 0x1: \"Request Rate Limited\" (7/2061)>\n",
                dir, null);

        assertThat(diagnoses).singleElement().satisfies(d -> assertThat(d.notes()).isEmpty());
    }

    private Path model() throws IOException {
        Path bundle = Files.createDirectories(dir.resolve("Model.xcdatamodel"));
        Files.writeString(bundle.resolve("contents"), MODEL);
        return bundle;
    }

    private List<Diagnosis> analyse(String log, Path model, Path against) {
        return LogAnalysis.analyse(List.of(LogAnalysis.Source.stream(Path.of("sync.log"),
                new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)))), model, against, dir).diagnoses();
    }
}
