package dev.cdlint.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.DatabaseScope;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one info schema-undeployed-move-receipt gives an app that does not share, for the whole schema. */
class UndeployedMoveReceiptTest {

    private static final String SHARING = ", as most do; it matters only if the app shares records, whose first move"
            + " between zones then fails. If it does, say sharing: true in .cdlint.yml, and "
            + Deployment.INITIALIZE_AND_DEPLOY + ".";

    @TempDir
    Path dir;

    /**
     * Three entities, each in a configuration of its own, none of whose record types has the move receipts; the
     * Default configuration, which holds them all, is not synced.
     */
    private List<Finding> check(DatabaseScope feed, DatabaseScope notes, DatabaseScope tags) {
        Map<String, DatabaseScope> scopes = Map.of("Default", DatabaseScope.NONE, "Feed", feed, "Notes", notes,
                "Tags", tags);
        String entities = """
                <entity name="Post" representedClassName="Post" syncable="YES">
                    <attribute name="title" optional="YES" attributeType="String"/>
                </entity>
                <entity name="Note" representedClassName="Note" syncable="YES">
                    <attribute name="title" optional="YES" attributeType="String"/>
                </entity>
                <entity name="Tag" representedClassName="Tag" syncable="YES">
                    <attribute name="title" optional="YES" attributeType="String"/>
                </entity>
                <configuration name="Feed" usedWithCloudKit="YES"><memberEntity name="Post"/></configuration>
                <configuration name="Notes" usedWithCloudKit="YES"><memberEntity name="Note"/></configuration>
                <configuration name="Tags" usedWithCloudKit="YES"><memberEntity name="Tag"/></configuration>
                """;
        StringBuilder ckdb = new StringBuilder("DEFINE SCHEMA\n");
        for (String type : List.of("CD_Post", "CD_Note", "CD_Tag")) {
            ckdb.append("RECORD TYPE ").append(type).append(" (CD_entityName STRING, CD_title STRING,"
                    + " \"___recordID\" REFERENCE QUERYABLE, \"___modTime\" TIMESTAMP QUERYABLE SORTABLE,"
                    + " GRANT WRITE TO \"_creator\", GRANT CREATE TO \"_icloud\", GRANT READ TO \"_world\");\n");
        }
        return ProductionCheck.run(dir, new UndeployedMoveReceipt(), entities, ckdb.toString(), scopes);
    }

    @Test
    void theInfoNamesTheRecordTypesOfEveryZonedConfigurationOnce() {
        assertThat(check(DatabaseScope.PRIVATE, DatabaseScope.PRIVATE, DatabaseScope.PRIVATE))
                .extracting(Finding::message).containsExactly("the production schema lacks CD_moveReceipt on 3 record"
                        + " types (CD_Post, CD_Note, CD_Tag)" + SHARING);
    }

    /** The public database has no zones to move records between, even when its configuration comes first. */
    @Test
    void theRecordTypesOfThePublicDatabaseAreLeftOut() {
        assertThat(check(DatabaseScope.PUBLIC, DatabaseScope.PRIVATE, DatabaseScope.PUBLIC))
                .extracting(Finding::message).containsExactly("the production schema lacks CD_moveReceipt on record"
                        + " type CD_Note" + SHARING);
    }
}
