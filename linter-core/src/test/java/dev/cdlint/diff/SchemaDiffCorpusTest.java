package dev.cdlint.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.SharedCorpus;
import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.model.Configuration;
import dev.cdlint.schema.CkdbParser;
import dev.cdlint.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule against every real exported schema of the corpus, with the realistic fixture model: nothing crashes,
 * and the many record types of those containers that the model does not have produce no finding.
 */
class SchemaDiffCorpusTest {

    private final DiffFixture realistic = DiffFixture.named("realistic");

    static List<Path> schemas() {
        return SharedCorpus.schemaFiles();
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void findingsNameOnlyRecordTypesTheModelHas(Path schemaFile) {
        Schema production = CkdbParser.parse(schemaFile);
        Set<String> modelRecordTypes = modelRecordTypes();

        for (DatabaseScope scope : List.of(DatabaseScope.PRIVATE, DatabaseScope.PUBLIC)) {
            List<Finding> findings = realistic.check(Optional.of(production), c -> scope, false);
            // The one finding about a schema as a whole, the move receipts of an app that does not share, names none.
            assertThat(findings).filteredOn(f -> f.recordType() != null)
                    .allSatisfy(f -> assertThat(modelRecordTypes).contains(f.recordType()));
            assertThat(findings).filteredOn(f -> f.recordType() == null).extracting(Finding::rule)
                    .allMatch("schema-undeployed-move-receipt"::equals);
            assertThat(findings).allSatisfy(f -> assertThat(f.location().file()).isEqualTo(realistic.contents));
        }
    }

    /**
     * A real export, with a model rebuilt from it: every field the model writes is found with the right type, so
     * the only findings are the real export's missing move receipts (one info: the app does not say it shares)
     * and the attribute added after it.
     */
    @Test
    void aRealExportChecksCleanExceptForWhatItReallyLacks() {
        Path export = SharedCorpus.schemaFilesByRepository().get("gomez1112/MoodMargins");
        DiffFixture moodMargins = DiffFixture.named("moodmargins");

        assertThat(moodMargins.findings(Optional.of(CkdbParser.parse(export)), DatabaseScope.PRIVATE))
                .containsExactlyInAnyOrderElementsOf(moodMargins.expectations())
                .hasSize(2);
    }

    /** Were the app to share, the same export lacks the move receipts of each record type: a warning each. */
    @Test
    void aRealExportWarnsOfEachMissingMoveReceiptWhenTheAppShares() {
        Path export = SharedCorpus.schemaFilesByRepository().get("gomez1112/MoodMargins");
        DiffFixture moodMargins = DiffFixture.named("moodmargins");

        assertThat(moodMargins.check(Optional.of(CkdbParser.parse(export)), c -> DatabaseScope.PRIVATE, true))
                .filteredOn(f -> f.rule().equals("schema-undeployed-move-receipt"))
                .extracting(f -> f.recordType() + " " + f.severity().id())
                .containsExactlyInAnyOrder("CD_MoodEntry warning", "CD_Activity warning");
    }

    private Set<String> modelRecordTypes() {
        return realistic.model.current().configurations().stream()
                .filter(Configuration::usedWithCloudKit)
                .flatMap(c -> Mirror.of(realistic.model.current(), c, DatabaseScope.PRIVATE).recordTypes().stream())
                .map(MirroredRecordType::name)
                .collect(Collectors.toSet());
    }
}
