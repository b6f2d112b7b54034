package dev.cdlint.logs;

import static dev.cdlint.logs.LogDiagnoserTest.diagnose;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** How a known message's CloudKit names read in the model, or why they do not map to it. */
class KnownMessagesTest {

    @Test
    void eachFieldSaysWhichEntityAndPropertyItStoresOrWhyItNamesNone() throws IOException {
        String field = "CoreData: error: Cannot create or modify field '%s' in record '%s' in production schema\n";

        assertThat(diagnose(field.formatted("CD_caption", "CD_Entry") + field.formatted("CD_entityName", "CD_Entry")
                + field.formatted("title", "CD_Entry") + field.formatted("CD_title", "Users")
                + field.formatted("CD_tags", "CDMR"))).extracting(Diagnosis::detail).containsExactly(
                        "CloudKit refused to create field CD_caption in record type CD_Entry of the production schema"
                                + " (entity Entry or one of its sub-entities, property caption).",
                        "CloudKit refused to create field CD_entityName in record type CD_Entry of the production schema"
                                + " (a field the container adds to every record type of entity Entry's hierarchy).",
                        "CloudKit refused to create field title in record type CD_Entry of the production schema.",
                        "CloudKit refused to create field CD_title in record type Users of the production schema (not"
                                + " a name NSPersistentCloudKitContainer gives: it has no CD_ prefix, so other code"
                                + " saved it).",
                        "CloudKit refused to create field CD_tags in record type CDMR of the production schema (CDMR"
                                + " holds the model's many-to-many relationships).");
    }

    @Test
    void aRecordTypeNamesAnEntityAndItsSubEntities() throws IOException {
        assertThat(diagnose("Cannot create new type CD_Tag in production schema\n")).extracting(Diagnosis::detail)
                .containsExactly("CloudKit refused to create record type CD_Tag in the production schema (entity Tag"
                        + " and its sub-entities).");
    }
}
