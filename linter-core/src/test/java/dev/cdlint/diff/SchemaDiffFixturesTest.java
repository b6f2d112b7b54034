package dev.cdlint.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.DatabaseScope;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each fixture pair reports exactly the findings its files expect, at the elements they mark. */
class SchemaDiffFixturesTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "attribute-added-after-export,     PRIVATE, 3",
            "attribute-type-changed,           PRIVATE, 3",
            "encryption-changed,               PRIVATE, 2",
            "companions-missing,               PRIVATE, 3",
            "public-without-indexes-or-grants, PUBLIC,  5",
            "many-to-many-without-cdmr,        PRIVATE, 1",
            "cdmr-missing-fields,              PRIVATE, 1",
            "renamed-attribute,                PRIVATE, 2",
            "hierarchy-across-configurations,  PRIVATE, 1",
            "composite-and-inherited,          PRIVATE, 2",
            "shared-container,                 PRIVATE, 0",
            "shared-container,                 PUBLIC,  0"})
    void reportsWhatTheFixtureExpects(String name, DatabaseScope scope, int expectationCount) {
        DiffFixture fixture = DiffFixture.named(name);
        List<String> expected = fixture.expectations();

        // Guards the expectation reader: a fixture whose comments it missed would pass with no findings.
        assertThat(expected).hasSize(expectationCount);
        assertThat(fixture.findings(Optional.of(fixture.production()), scope))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"attribute-added-after-export", "attribute-type-changed", "encryption-changed",
            "companions-missing", "public-without-indexes-or-grants", "many-to-many-without-cdmr",
            "renamed-attribute", "hierarchy-across-configurations", "composite-and-inherited"})
    void reportsNothingWithoutAProductionSchema(String name) {
        DiffFixture fixture = DiffFixture.named(name);

        assertThat(fixture.findings(Optional.empty(), DatabaseScope.PRIVATE)).isEmpty();
        assertThat(fixture.findings(Optional.empty(), DatabaseScope.PUBLIC)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"companions-missing", "public-without-indexes-or-grants"})
    void checksMoveReceiptsOnlyWhereSharingCanMoveObjects(String name) {
        DiffFixture fixture = DiffFixture.named(name);

        assertThat(fixture.findings(Optional.of(fixture.production()), DatabaseScope.PRIVATE))
                .anyMatch(f -> f.startsWith("schema-undeployed-move-receipt "));
        assertThat(fixture.findings(Optional.of(fixture.production()), DatabaseScope.PUBLIC))
                .noneMatch(f -> f.startsWith("schema-undeployed-move-receipt "));
    }

    @Test
    void missingCompanionsAreOneFindingPerRecordTypeThatSaysWhyItMatters() {
        DiffFixture fixture = DiffFixture.named("companions-missing");

        assertThat(fixture.check(Optional.of(fixture.production()), c -> DatabaseScope.PRIVATE))
                .filteredOn(f -> f.rule().equals("schema-undeployed-asset-field"))
                .extracting(Finding::message)
                .satisfiesExactlyInAnyOrder(
                        photo -> assertThat(photo).contains("CD_image_ckAsset, CD_thumbnail_ckAsset,"
                                + " CD_notes_ckAsset;", "Binary Data or Transformable").doesNotContain("caption"),
                        album -> assertThat(album).contains("CD_link_ckAsset, CD_title_ckAsset,"
                                + " CD_summary_ckAsset;", "700,000 bytes"));
    }

    @ParameterizedTest
    @CsvSource({"PRIVATE, true", "SHARED, false"})
    void anAppThatSharesIsWarnedOfEachRecordTypeWithoutMoveReceipts(DatabaseScope scope, boolean sharingKey) {
        DiffFixture fixture = DiffFixture.named("companions-missing");

        assertThat(fixture.check(Optional.of(fixture.production()), c -> scope, sharingKey))
                .filteredOn(f -> f.rule().equals("schema-undeployed-move-receipt"))
                .extracting(f -> f.recordType() + "." + f.field() + " " + f.severity().id())
                .containsExactlyInAnyOrder("CD_Photo.CD_moveReceipt warning",
                        "CD_Album.CD_moveReceipt_ckAsset warning");
    }

    @Test
    void anUndeployedFieldSaysWhatProductionAnswersAndHowToDeploy() {
        DiffFixture fixture = DiffFixture.named("attribute-added-after-export");

        assertThat(fixture.check(Optional.of(fixture.production()), c -> DatabaseScope.PRIVATE))
                .filteredOn(f -> "CD_body".equals(f.field()))
                .singleElement()
                .satisfies(f -> assertThat(f.entity() + "." + f.property()).isEqualTo("Note.body"))
                .extracting(Finding::message).asString()
                .contains("Cannot create or modify field 'CD_body' in record 'CD_Note' in production schema")
                .contains("saving Note objects that have a value for body fails").doesNotContain("every save")
                .contains("initializeCloudKitSchema()", "Deploy Schema Changes", "cktool import-schema reaches"
                        + " only the development environment");
    }
}
