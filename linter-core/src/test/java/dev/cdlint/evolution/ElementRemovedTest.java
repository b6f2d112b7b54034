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

/** Where evolution-element-removed reports what the deployed model synced and the current one no longer does. */
class ElementRemovedTest {

    private static final String KEPT = " since the deployed model (deployed). CloudKit keeps ";
    private static final String UNREAD = " with the values already there, which this version no longer reads, and older"
            + " app versions keep writing it.";

    @TempDir
    Path dir;

    private List<String> removed(String deployed, String current, Optional<Schema> production) {
        return ModelPair.check(dir, "evolution-element-removed", deployed, current, production).stream()
                .map(f -> f.elementName() + ": " + f.message()).toList();
    }

    private List<String> removed(String deployed, String current) {
        return removed(deployed, current, Optional.empty());
    }

    /** The pair is one change, reported at the first side by name; the other side is named in the message. */
    @Test
    void aToOnePairRemovedTogetherIsOneFindingAtTheFirstSideByName() {
        // Author.book names no inverse entity: the destination is its inverse's entity, as Xcode writes most models.
        String deployed = entity("Author", toOne("book", "Book", "author"))
                + entity("Book", toOne("author", "Author", "book").replace("/>", " inverseEntity=\"Author\"/>"));

        assertThat(removed(deployed, entity("Author", "") + entity("Book", ""))).containsExactly("Author.book:"
                + " Author.book is gone, with its inverse Book.author," + KEPT + "field CD_book of CD_Author" + UNREAD);
        assertThat(removed(deployed.replace("Author", "Writer"), entity("Writer", "") + entity("Book", "")))
                .containsExactly("Book.author: Book.author is gone, with its inverse Writer.book," + KEPT
                        + "field CD_author of CD_Book" + UNREAD);
    }

    /** A relationship that is its own inverse (a spouse, a sibling) is reported once, and not as its own inverse. */
    @Test
    void aRelationshipThatIsItsOwnInverseIsReportedOnce() {
        assertThat(removed(entity("Person", toOne("spouse", "Person", "spouse")), entity("Person", "")))
                .containsExactly("Person.spouse: Person.spouse is gone" + KEPT + "field CD_spouse of CD_Person"
                        + UNREAD);
    }

    /** The inverse stays, paired with a new relationship: the one removed is reported on its own. */
    @Test
    void aRelationshipWhoseInverseNowPairsWithAnotherIsReportedAlone() {
        String deployed = entity("Note", toOne("folder", "Folder", "notes"))
                + entity("Folder", toMany("notes", "Note", "folder"));
        String current = entity("Note", toMany("folders", "Folder", "notes"))
                + entity("Folder", toMany("notes", "Note", "folders"));

        assertThat(removed(deployed, current)).containsExactly("Note.folder: Note.folder is gone" + KEPT
                + "field CD_folder of CD_Note" + UNREAD);
    }

    /** What production never had is not in CloudKit to be left behind. */
    @Test
    void anEntityWhoseRecordTypeProductionDoesNotHaveIsNotReported() {
        Schema production = CkdbParser.parse("""
                DEFINE SCHEMA
                RECORD TYPE CD_Note (CD_entityName STRING, CD_title STRING, "___recordID" REFERENCE);
                RECORD TYPE CD_Draft (CD_entityName STRING, CD_title STRING, "___recordID" REFERENCE);
                """, dir.resolve("production.ckdb"));
        String deployed = entity("Note", "") + entity("Draft", "") + entity("Sketch", "");

        assertThat(removed(deployed, entity("Note", ""), Optional.of(production))).containsExactly("Draft: Draft"
                + " (CD_Draft records) is gone from the model since the deployed model (deployed). The record type"
                + " stays in CloudKit with its records, which this version no longer imports, and older app"
                + " versions keep creating them.");
    }

    /** An entity renamed through its renaming identifier is compared with the deployed entity of the old name. */
    @Test
    void aPropertyRemovedFromARenamedEntityIsReported() {
        String deployed = entity("Note", "<attribute name=\"body\" optional=\"YES\" attributeType=\"String\"/>\n");
        String current = entity("Memo", "").replace("syncable=\"YES\"", "syncable=\"YES\" elementID=\"Note\"");

        assertThat(removed(deployed, current)).containsExactly("Note.body: Note.body is gone" + KEPT
                + "field CD_body of CD_Note" + UNREAD);
    }
}
