package dev.cdlint.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What schema-missing-cdmr says when production lacks CDMR, or some of its fields, and where. */
class MissingManyToManyRecordTypeTest {

    /** Post's first relationship is to-one; tags, many-to-many, is where CDMR's links come from. */
    private static final String MODEL = """
            <entity name="Post" representedClassName="Post" syncable="YES">
                <relationship name="author" optional="YES" maxCount="1" deletionRule="Nullify" destinationEntity="Author" inverseName="posts" inverseEntity="Author"/>
                <relationship name="tags" optional="YES" toMany="YES" deletionRule="Nullify" destinationEntity="Tag" inverseName="posts" inverseEntity="Tag"/>
            </entity>
            <entity name="Author" representedClassName="Author" syncable="YES">
                <relationship name="posts" optional="YES" toMany="YES" deletionRule="Nullify" destinationEntity="Post" inverseName="author" inverseEntity="Post"/>
            </entity>
            <entity name="Tag" representedClassName="Tag" syncable="YES">
                <relationship name="posts" optional="YES" toMany="YES" deletionRule="Nullify" destinationEntity="Post" inverseName="tags" inverseEntity="Post"/>
            </entity>
            """;
    private static final String LINKS = ", where the container stores many-to-many links such as Post.tags; they do not"
            + " sync until it is deployed. To deploy it, " + Deployment.HOW_TO_DEPLOY + ".";

    @TempDir
    Path dir;

    private List<String> findings(String ckdb) {
        return ProductionCheck.run(dir, new MissingManyToManyRecordType(), MODEL, "DEFINE SCHEMA\n" + ckdb, Map.of())
                .stream().map(f -> f.elementName() + " " + f.field() + ": " + f.message()).toList();
    }

    @Test
    void aMissingRecordTypeIsReportedOnceAtTheFirstManyToManyRelationship() {
        assertThat(findings("RECORD TYPE CD_Post (CD_entityName STRING);\n")).containsExactly("Post.tags null:"
                + " production has no CDMR record type" + LINKS);
    }

    /** Only CDMR's own link fields count: its system fields are CloudKit's, whatever an export shows of them. */
    @Test
    void missingLinkFieldsAreNamedFromTheFirst() {
        assertThat(findings("RECORD TYPE CDMR (CD_entityNames STRING);\n")).containsExactly("Post.tags"
                + " CD_recordNames: production record type CDMR lacks CD_recordNames, CD_relationships" + LINKS);
    }

    @Test
    void aCompleteRecordTypeIsNotReported() {
        assertThat(findings("RECORD TYPE CDMR (CD_entityNames STRING, CD_recordNames STRING,"
                + " CD_relationships STRING);\n")).isEmpty();
    }
}
