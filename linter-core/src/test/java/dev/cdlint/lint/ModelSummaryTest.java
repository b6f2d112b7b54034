package dev.cdlint.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cdlint.lint.ModelSummary.RecordTypeSummary;
import dev.cdlint.lint.ModelSummary.RecordTypes;
import dev.cdlint.lint.ModelSummary.Scope;
import dev.cdlint.mapping.ComparedField;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.FieldStatus;
import dev.cdlint.mapping.RecordTypeComparison;
import dev.cdlint.testing.ModelFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a drawing report gets per model: scopes and their origin, field budgets, the production and model diffs. */
class ModelSummaryTest {

    private static final Path JOURNAL = Path.of("../samples/journal").toAbsolutePath().normalize();
    private static final Path BUNDLE = JOURNAL.resolve("Journal.xcdatamodeld");
    private static final Path PRODUCTION = JOURNAL.resolve("cloudkit/production.ckdb");

    @TempDir
    Path dir;


    private static ModelSummary summary(LintRequest request) {
        LintResult result = new Linter().lint(request.summarizing(true));
        assertThat(result.summaries()).hasSize(1);
        return result.summaries().get(0);
    }

    private static RecordTypes drawn(ModelSummary summary) {
        return summary.recordTypes().orElseThrow();
    }

    private static RecordTypeSummary recordType(ModelSummary summary, String name) {
        return drawn(summary).types().stream().filter(t -> t.type().name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> names(RecordTypeComparison comparison, FieldStatus status) {
        return comparison.fields(status).stream().map(ComparedField::name).toList();
    }

    @Test
    void onlyARequestThatAsksGetsTheRecordTypesDrawn() {
        assertThat(new Linter().lint(LintRequest.of(BUNDLE)).summaries()).singleElement()
                .satisfies(summary -> assertThat(summary.recordTypes()).isEmpty());
    }

    @Test
    void eachConfigurationSaysWhatDecidedItsScope() {
        ModelSummary summary = summary(new LintRequest(List.of(BUNDLE), null, null, Map.of("Public",
                DatabaseScope.PUBLIC)));

        assertThat(summary.configurations()).extracting(Scope::configuration, Scope::scope, Scope::checked,
                Scope::decidedBy, c -> c.at() == null ? "-" : c.at().position())
                .containsExactly(
                        tuple("Default", "none", false, "default", "-"),
                        tuple("Private", "private", true, ".cdlint.yml", ":4:3"),
                        tuple("Public", "public", true, "--scope", "-"),
                        tuple("Local", "none", false, ".cdlint.yml", ":8:3"));
        assertThat(drawn(summary).warnAbove()).hasValue(200);
    }

    /** The sample production schema was exported from version 1: version 2's fields are missing, one lingers. */
    @Test
    void theProductionDiffIsDrawnPerRecordType() {
        ModelSummary summary = summary(new LintRequest(List.of(BUNDLE), null, PRODUCTION, Map.of()));

        assertThat(drawn(summary).production()).contains(PRODUCTION);
        RecordTypeComparison entry = recordType(summary, "CD_Entry").production().orElseThrow();
        assertThat(entry.deployed()).isTrue();
        assertThat(names(entry, FieldStatus.UNDEPLOYED)).contains("CD_privateNote", "CD_caption", "CD_photo",
                "CD_takenAt");
        assertThat(names(entry, FieldStatus.ORPHANED)).containsExactly("CD_summary");
        assertThat(names(entry, FieldStatus.DEPLOYED)).contains("CD_body", "___recordID").doesNotContain("CD_summary");
        assertThat(recordType(summary, "CDMR").production().orElseThrow().deployed()).isFalse();
        // The mirror's count, which record-type-field-limit compares with 256: every field but the orphan.
        assertThat(recordType(summary, "CD_Entry").type().fields()).hasSize(24).hasSize(entry.fields().size() - 1);
    }

    @Test
    void aTypeChangeIsMismatchedWithBothTypes() throws IOException {
        Path model = ModelFolder.write(dir, "Notes.xcdatamodel", """
                <entity name="Note"><attribute name="rating" optional="YES" attributeType="String"/></entity>
                """);
        Path schema = Files.writeString(dir.resolve("production.ckdb"),
                "DEFINE SCHEMA\nRECORD TYPE CD_Note (CD_rating INT64, CD_entityName STRING);\n");

        ModelSummary summary = summary(new LintRequest(List.of(model), null, schema, Map.of()));

        ComparedField rating = recordType(summary, "CD_Note").production().orElseThrow()
                .fields(FieldStatus.TYPE_MISMATCHED).get(0);
        assertThat(rating.name()).isEqualTo("CD_rating");
        assertThat(rating.field().type().toString()).isEqualTo("STRING");
        assertThat(rating.deployed().toString()).isEqualTo("INT64");
    }

    /** Version 1 of the bundle is what production was deployed from: version 2 added fields and record types. */
    @Test
    void theChangesSinceTheDeployedModelArePerRecordType() {
        Path version1 = BUNDLE.resolve("Journal.xcdatamodel");

        ModelSummary summary = summary(new LintRequest(List.of(BUNDLE), null, null, Map.of(), version1, null));

        assertThat(drawn(summary).deployedModel()).contains(version1.toString());
        assertThat(drawn(summary).production()).isEmpty();
        RecordTypeComparison entry = recordType(summary, "CD_Entry").deployedModel().orElseThrow();
        assertThat(names(entry, FieldStatus.UNDEPLOYED)).containsExactlyInAnyOrder("CD_privateNote", "CD_caption",
                "CD_photo", "CD_photo_ckAsset", "CD_takenAt", "CD_caption_ckAsset", "CD_privateNote_ckAsset");
        assertThat(names(entry, FieldStatus.ORPHANED)).isEmpty();
        assertThat(recordType(summary, "CD_Tag").deployedModel().orElseThrow().deployed()).isFalse();
        assertThat(recordType(summary, "CD_Entry").production()).isEmpty();
        assertThat(drawn(summary).removed()).isEmpty();
    }

    @Test
    void removedFieldsRecordTypesAndTypeChangesSinceTheDeployedModel() throws IOException {
        Path deployed = ModelFolder.write(dir, "Old.xcdatamodel", """
                <entity name="Note"><attribute name="rating" optional="YES" attributeType="Integer 64"/>
                    <attribute name="subtitle" optional="YES" attributeType="Date"/></entity>
                <entity name="Draft"><attribute name="body" optional="YES" attributeType="String"/></entity>
                """);
        Path model = ModelFolder.write(dir, "Notes.xcdatamodel", """
                <entity name="Note"><attribute name="rating" optional="YES" attributeType="String"/></entity>
                """);

        ModelSummary summary = summary(new LintRequest(List.of(model), null, null, Map.of(), deployed, null));

        RecordTypeComparison note = recordType(summary, "CD_Note").deployedModel().orElseThrow();
        assertThat(names(note, FieldStatus.TYPE_MISMATCHED)).containsExactly("CD_rating");
        assertThat(names(note, FieldStatus.ORPHANED)).containsExactly("CD_subtitle");
        assertThat(drawn(summary).removed()).containsExactly("CD_Draft");
    }

    @Test
    void aConfigurationTickedInTheModelSaysSo() throws IOException {
        Path model = ModelFolder.write(dir, "Notes.xcdatamodel", """
                <entity name="Note"><attribute name="title" optional="YES" attributeType="String"/></entity>
                """);

        ModelSummary summary = summary(LintRequest.of(model));

        assertThat(summary.configurations()).singleElement().satisfies(c -> {
            assertThat(c.scope()).isEqualTo(DatabaseScope.PRIVATE.id());
            assertThat(c.decidedBy()).isEqualTo("model");
            assertThat(c.reason()).startsWith("marked Used with CloudKit");
        });
        assertThat(drawn(summary).types()).extracting(t -> t.type().name()).containsExactly("CD_Note");
        assertThat(drawn(summary).types().get(0).configurations()).containsExactly("Default");
        assertThat(drawn(summary).production()).isEmpty();
        assertThat(drawn(summary).types().get(0).production()).isEqualTo(Optional.empty());
    }
}
