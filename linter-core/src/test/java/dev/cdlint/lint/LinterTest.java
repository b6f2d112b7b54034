package dev.cdlint.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdlint.finding.Finding;
import dev.cdlint.source.InputException;
import dev.cdlint.testing.SyntheticModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How inputs become models, configurations and production schemas. */
class LinterTest {

    @TempDir
    Path dir;

    /** A model whose production schema lacks the Note record type entirely. */
    private Path bundle() throws IOException {
        Path bundle = dir.resolve("App/Notes.xcdatamodeld");
        Files.createDirectories(bundle.resolve("Notes.xcdatamodel"));
        Files.writeString(bundle.resolve("Notes.xcdatamodel/contents"), """
                <model usedWithCloudKit="YES">
                    <entity name="Note"><attribute name="title" optional="YES" attributeType="String"/></entity>
                </model>
                """);
        Files.writeString(bundle.resolve(".xccurrentversion"), """
                <plist version="1.0"><dict><key>_XCCurrentVersionName</key><string>Notes.xcdatamodel</string></dict></plist>
                """);
        Files.writeString(dir.resolve("App/production.ckdb"), "DEFINE SCHEMA\n");
        return bundle;
    }

    @Test
    void filesOfAModelLintTheModelOnce() throws IOException {
        Path bundle = bundle();

        LintResult result = new Linter().lint(LintRequest.of(bundle.resolve("Notes.xcdatamodel/contents"), bundle,
                bundle.resolve("Notes.xcdatamodel")));

        assertThat(result.models()).containsExactly(bundle);
    }

    @Test
    void aDirectoryStandsForTheModelsInIt() throws IOException {
        Path bundle = bundle();
        SyntheticModel.typical().writeTo(dir.resolve("Other/Typical.xcdatamodel"));

        LintResult result = new Linter().lint(LintRequest.of(dir));

        assertThat(result.models()).containsExactly(bundle, dir.resolve("Other/Typical.xcdatamodel"));
    }

    @Test
    void aDirectoryWithoutModelsIsAnInputError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThatThrownBy(() -> new Linter().lint(LintRequest.of(empty))).isInstanceOf(InputException.class)
                .hasMessageContaining("no Core Data model");
    }

    @Test
    void theSchemaNamedInTheConfigurationIsTheProductionSchema() throws IOException {
        Path bundle = bundle();
        Files.writeString(dir.resolve("App/.cdlint.yml"), "schema: production.ckdb\n");

        List<Finding> findings = new Linter().lint(LintRequest.of(bundle)).findings();

        assertThat(findings).extracting(Finding::rule).containsExactly("schema-undeployed-record-type");
    }

    @Test
    void againstOverridesTheConfiguration() throws IOException {
        Path bundle = bundle();
        Files.writeString(dir.resolve("App/.cdlint.yml"), "schema: missing.ckdb\n");
        Path current = Files.writeString(dir.resolve("current.ckdb"), """
                DEFINE SCHEMA
                    RECORD TYPE CD_Note (
                        CD_entityName STRING, CD_moveReceipt BYTES, CD_moveReceipt_ckAsset ASSET,
                        CD_title STRING, CD_title_ckAsset ASSET
                    );
                """);

        LintResult result = new Linter().lint(new LintRequest(List.of(bundle), null, current, Map.of()));

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aSchemaOnItsOwnLintsTheModelsBesideItsConfiguration() throws IOException {
        Path bundle = bundle();
        Files.writeString(dir.resolve("App/.cdlint.yml"), "scopes: {}\n");

        LintResult result = new Linter().lint(LintRequest.of(dir.resolve("App/production.ckdb")));

        assertThat(result.models()).containsExactly(bundle);
        assertThat(result.findings()).extracting(Finding::rule).containsExactly("schema-undeployed-record-type");
    }

    @Test
    void aScopeForAConfigurationTheModelLacksIsAnErrorAtItsLine() throws IOException {
        Path bundle = bundle();
        Path config = Files.writeString(dir.resolve("App/.cdlint.yml"), "scopes:\n  Default: private\n  Pubic: public\n");

        assertThatThrownBy(() -> new Linter().lint(LintRequest.of(bundle)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.describe()).isEqualTo(config
                        + ":3:3: scopes: no configuration 'Pubic'; the model has Default"));
    }

    @Test
    void aScopeIsKnownWhenAnyModelTheFileServesHasTheConfiguration() throws IOException {
        Path bundle = bundle();
        Path other = dir.resolve("App/Other.xcdatamodel");
        Files.createDirectories(other);
        Files.writeString(other.resolve("contents"), """
                <model><entity name="Item"/><configuration name="Public"><memberEntity name="Item"/></configuration>
                </model>
                """);
        Files.writeString(dir.resolve("App/.cdlint.yml"), "scopes:\n  Public: public\n");

        assertThat(new Linter().lint(LintRequest.of(bundle, other)).models()).containsExactly(bundle, other);
        assertThatThrownBy(() -> new Linter().lint(LintRequest.of(bundle))).isInstanceOf(InputException.class)
                .hasMessage("scopes: no configuration 'Public'; the model has Default");
    }

    @Test
    void aScopeOptionForAConfigurationTheModelLacksIsAUsageError() throws IOException {
        Path bundle = bundle();

        assertThatThrownBy(() -> new Linter().lint(new LintRequest(List.of(bundle), null, null,
                Map.of("Pubic", dev.cdlint.mapping.DatabaseScope.PUBLIC))))
                .isInstanceOf(InputException.class)
                .hasMessage("--scope 'Pubic': no configuration of that name; the model has Default");
    }

    @Test
    void aMissingInputIsAnInputError() {
        assertThatThrownBy(() -> new Linter().lint(LintRequest.of(dir.resolve("Nope.xcdatamodeld"))))
                .isInstanceOf(InputException.class).hasMessage("no such file or directory");
    }
}
