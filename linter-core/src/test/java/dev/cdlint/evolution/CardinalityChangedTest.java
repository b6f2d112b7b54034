package dev.cdlint.evolution;

import static dev.cdlint.evolution.ModelPair.entity;
import static dev.cdlint.evolution.ModelPair.toMany;
import static dev.cdlint.evolution.ModelPair.toOne;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.schema.CkdbParser;
import dev.cdlint.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What evolution-cardinality-changed says of a relationship pair stored otherwise than it was deployed. */
class CardinalityChangedTest {

    private static final String ONE_TO_MANY = entity("Note", toOne("folder", "Folder", "notes"))
            + entity("Folder", toMany("notes", "Note", "folder"));
    private static final String MANY_TO_MANY = entity("Note", toMany("folder", "Folder", "notes"))
            + entity("Folder", toMany("notes", "Note", "folder"));
    private static final String FIELD = "a CD_folder field holding the related record's name";
    private static final String AFTER = " now, and its inverse Folder.notes changes with it. The links already in"
            + " CloudKit stay in the old form, which this version no longer reads, and older app versions keep writing"
            + " it and ignore the new one. Keep the deployed cardinality, or add a new relationship and copy the"
            + " links.";

    @TempDir
    Path dir;

    private List<String> changed(String deployed, String current, Optional<Schema> production) {
        return ModelPair.check(dir, "evolution-cardinality-changed", deployed, current, production).stream()
                .map(f -> f.elementName() + " " + f.field() + ": " + f.message()).toList();
    }

    /** Either way, the pair is reported once, at the side whose field held or holds the link. */
    @Test
    void aPairIsReportedAtTheSideWithAFieldThenOrNow() {
        assertThat(changed(ONE_TO_MANY, MANY_TO_MANY, Optional.empty())).containsExactly("Note.folder CD_folder:"
                + " Note.folder was stored as " + FIELD + " in the deployed model (deployed) and is stored as CDMR"
                + " link records" + AFTER);
        assertThat(changed(MANY_TO_MANY, ONE_TO_MANY, Optional.empty())).containsExactly("Note.folder CD_folder:"
                + " Note.folder was stored as CDMR link records in the deployed model (deployed) and is stored as "
                + FIELD + AFTER);
    }

    /** Links production never held cannot be left in the old form. */
    @Test
    void aRecordTypeProductionDoesNotHaveHasNoLinksToLeaveBehind() {
        Schema production = CkdbParser.parse("DEFINE SCHEMA\nRECORD TYPE CD_Folder (CD_entityName STRING);\n",
                dir.resolve("production.ckdb"));

        assertThat(changed(ONE_TO_MANY, MANY_TO_MANY, Optional.of(production))).isEmpty();
    }
}
