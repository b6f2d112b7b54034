package dev.cdlint.logs;

import static dev.cdlint.logs.LogDiagnoserTest.describe;
import static dev.cdlint.logs.LogDiagnoserTest.diagnose;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator's 134060 sections as logs and pastes print them: whole, cut short, condensed, or without items. */
class ModelValidationTest {

    private static final String FAILED = "CoreData: error: Store failed to load. Error Domain=NSCocoaErrorDomain"
            + " Code=134060 \"A Core Data error occurred.\" UserInfo={NSLocalizedFailureReason=";
    private static final String INVERSE = "CloudKit integration requires that all relationships have an inverse, the"
            + " following do not:";

    @Test
    void severalPropertiesOfOneEntityADetailAndAnElisionAreRead() throws IOException {
        assertThat(details(FAILED + INVERSE + "\nTag: entries, notes... - to-many\n}\n")).containsExactly(
                "Core Data rejected Tag.entries (to-many): CloudKit needs an inverse for every relationship.",
                "Core Data rejected Tag.notes (to-many): CloudKit needs an inverse for every relationship. The log"
                        + " cuts the list short there.");
    }

    @Test
    void blankLinesAndWrappingQuotesDoNotEndTheList() throws IOException {
        assertThat(describe(FAILED + INVERSE + "\n\n\"Tag: entries\",\n\n('Note: tags');\n}\n")).containsExactly(
                "model-validation relationship-missing-inverse Tag.entries ×1 @3",
                "model-validation relationship-missing-inverse Note.tags ×1 @5");
    }

    @Test
    void theListEndsAtALineThatIsNoItem() throws IOException {
        assertThat(describe(FAILED + INVERSE + "\nTag: entries\nsee the documentation\nNote: tags\n")).containsExactly(
                "model-validation relationship-missing-inverse Tag.entries ×1 @2");
    }

    @Test
    void aHeaderCutShortIsReadUpToItsColon() throws IOException {
        assertThat(describe(FAILED + "CloudKit integration requires that all relationships have an inverse, the"
                + " foll\u2026: Tag: entries\n")).containsExactly(
                        "model-validation relationship-missing-inverse Tag.entries ×1 @1");
        assertThat(describe(FAILED + "CloudKit integration requires that all relationships have an inverse, the"
                + " foll\u2026\nTag: entries\n")).containsExactly(
                        "model-validation relationship-missing-inverse Tag.entries ×1 @2");
    }

    @Test
    void entitiesTooLargeForARecordAndUniqueConstraintsNameTheEntity() throws IOException {
        List<Diagnosis> diagnoses = diagnose(FAILED + "CloudKit integration requires that all entities can be"
                + " materialized in a CKRecord of less than 700000 bytes. The following entities cannot:\n"
                + "Photo: Estimated size 812000 bytes\n"
                + "CloudKit integration does not support unique constraints. The following entities are constrained:\n"
                + "Tag: name, owner\n}\n");

        assertThat(diagnoses).extracting(CorpusLogsTest::describe).containsExactly(
                "model-validation - Photo ×1 @2", "model-validation unique-constraint Tag ×1 @4");
        assertThat(diagnoses).extracting(Diagnosis::detail).containsExactly(
                "Core Data rejected entity Photo (Estimated size 812000 bytes): a record of it would be over 700,000"
                        + " bytes.",
                "Core Data rejected entity Tag (name, owner): CloudKit does not support unique constraints.");
    }

    @Test
    void aSectionWithoutItemsIsReportedByItsHeaderUpToItsQuote() throws IOException {
        assertThat(details("CoreData: error: " + INVERSE + "\" }\n")).containsExactly(
                "Core Data rejected the model: \"" + INVERSE + "\"; the log does not list the elements.");
        assertThat(details("CoreData: error: \"" + INVERSE + "\n")).containsExactly(
                "Core Data rejected the model: \"" + INVERSE + "\"; the log does not list the elements.");
    }

    @Test
    void aSectionWordingThatDoesNotStartAStatementIsProse() throws IOException {
        assertThat(diagnose("CoreData: note: Apple says " + INVERSE + "\nTag: entries\n")).isEmpty();
    }

    @Test
    void aSectionMayFollowTheFollowingWithoutCloudKitsName() throws IOException {
        assertThat(describe(FAILED + "The following attributes use mergeable storage with CloudKit which is"
                + " unsupported:\nNote: body\n")).containsExactly(
                        "model-validation attribute-mergeable-storage Note.body ×1 @2");
    }

    private static List<String> details(String log) throws IOException {
        return diagnose(log).stream().map(Diagnosis::detail).toList();
    }
}
