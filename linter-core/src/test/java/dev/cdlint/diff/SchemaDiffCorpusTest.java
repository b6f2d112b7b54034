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
            List<Finding> findings = realistic.check(Optional.of(production), c -> scope);
            assertThat(findings).allSatisfy(f -> assertThat(modelRecordTypes).contains(f.recordType()));
            assertThat(findings).allSatisfy(f -> assertThat(f.location().file()).isEqualTo(realistic.contents));
        }
    }

    /**
     * A real export, with a model rebuilt from it: every field the model writes is found with the right type, so
     * the only findings are the real export's missing move receipts and the attribute added after it.
     */
    @Test
    void aRealExportChecksCleanExceptForWhatItReallyLacks() {
        Path export = SharedCorpus.schemaFilesByRepository().get("gomez1112/MoodMargins");
        DiffFixture moodMargins = DiffFixture.named("moodmargins");

        assertThat(moodMargins.findings(Optional.of(CkdbParser.parse(export)), DatabaseScope.PRIVATE))
                .containsExactlyInAnyOrderElementsOf(moodMargins.expectations())
                .hasSize(3);
    }

    private Set<String> modelRecordTypes() {
        return realistic.model.current().configurations().stream()
                .filter(Configuration::usedWithCloudKit)
                .flatMap(c -> Mirror.of(realistic.model.current(), c, DatabaseScope.PRIVATE).recordTypes().stream())
                .map(MirroredRecordType::name)
                .collect(Collectors.toSet());
    }
}
