package dev.cdlint.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What schema-undeployed-asset-field says of one missing companion, and when the inline field is not its own. */
class UndeployedAssetFieldTest {

    private static final String PHOTO = """
            <entity name="Photo" representedClassName="Photo" syncable="YES">
                <attribute name="image" optional="YES" attributeType="Binary"/>
            </entity>
            """;

    @TempDir
    Path dir;

    private List<String> findings(String imageType) {
        return ProductionCheck.run(dir, new UndeployedAssetField(), PHOTO, "DEFINE SCHEMA\nRECORD TYPE CD_Photo"
                + " (CD_entityName STRING, CD_image " + imageType + ");\n", Map.of()).stream()
                .map(Finding::message).toList();
    }

    @Test
    void oneMissingCompanionIsNamedAsTheInlineFieldsOwn() {
        assertThat(findings("BYTES")).containsExactly("production record type CD_Photo has CD_image but not its"
                + " asset companion CD_image_ckAsset; the first Binary Data or Transformable value too large to store"
                + " inline (an image or a file often is) fails with \""
                + Deployment.productionError("CD_Photo", "CD_image_ckAsset") + "\". To fix it, "
                + Deployment.INITIALIZE_AND_DEPLOY + ".");
    }

    /** A mistyped inline field is schema-field-type-mismatch's: its fix is a new attribute, with new fields. */
    @Test
    void theCompanionOfAMistypedInlineFieldIsLeftToTheTypeMismatch() {
        assertThat(findings("STRING")).isEmpty();
    }
}
