package dev.cdlint.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.mapping.DatabaseScope;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The move receipts of the companion fixture in every database scope: what the fixture's own configuration cannot
 * show at once. The fixtures themselves run in {@code dev.cdlint.catalog.FixturesTest}.
 */
class SchemaDiffFixturesTest {

    private final DiffFixture companions = DiffFixture.ofSchemaFixture("schema-undeployed-asset-field");

    /** One info for the schema in the private scope, a warning per record type where sharing moves objects. */
    @ParameterizedTest
    @CsvSource({"PRIVATE, 1", "SHARED, 2", "PUBLIC, 0"})
    void checksMoveReceiptsOnlyWhereSharingCanMoveObjects(DatabaseScope scope, int findings) {
        assertThat(companions.check(Optional.of(companions.production()), c -> scope, false))
                .filteredOn(f -> f.rule().equals("schema-undeployed-move-receipt"))
                .hasSize(findings);
    }

    @ParameterizedTest
    @CsvSource({"PRIVATE, true", "SHARED, false"})
    void anAppThatSharesIsWarnedOfEachRecordTypeWithoutMoveReceipts(DatabaseScope scope, boolean sharingKey) {
        assertThat(companions.check(Optional.of(companions.production()), c -> scope, sharingKey))
                .filteredOn(f -> f.rule().equals("schema-undeployed-move-receipt"))
                .extracting(f -> f.recordType() + "." + f.field() + " " + f.severity().id())
                .containsExactlyInAnyOrder("CD_Photo.CD_moveReceipt warning",
                        "CD_Album.CD_moveReceipt_ckAsset warning");
    }
}
