package dev.cdlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What 'cdlint rules', explain and SARIF show comes from @RuleInfo, so every rule must fill it in properly. */
class RuleMetadataTest {

    @Test
    void everyRuleIsDocumentedWithItsSourceAndTheErrorItPrevents() {
        assertThat(CompatibilityRules.ALL).allSatisfy(rule -> {
            RuleInfo info = rule.info();
            assertThat(info.id()).as("id").matches("[a-z]+(-[a-z]+)*");
            assertThat(info.summary()).as(info.id()).isNotBlank().doesNotEndWith(".");
            assertThat(info.source()).as(info.id()).contains(Sources.CLOUDKIT + "#");
            assertThat(info.rationale()).as(info.id()).isNotBlank();
            assertThat(info.runtimeError()).as(info.id()).isNotBlank();
            assertThat(info.fix()).as(info.id()).isNotBlank();
            assertThat(info.example()).as(info.id()).isNotBlank();
        });
    }

    /** Users have the project's docs, not the developers' notes: every cited section must exist there. */
    @Test
    void everySourceCitesSectionsOfDocsCloudkitMdThatExist() throws IOException {
        String doc = Files.readString(Path.of("..", Sources.CLOUDKIT));
        Pattern citation = Pattern.compile(Pattern.quote(Sources.CLOUDKIT) + "#([a-z0-9-]+)");

        assertThat(RuleCatalog.all()).allSatisfy(rule -> {
            assertThat(rule.info().source()).as(rule.id()).doesNotContain("cloudkit-mapping.md");
            Matcher m = citation.matcher(rule.info().source());
            while (m.find()) {
                assertThat(doc).as(rule.id() + " cites " + m.group()).contains("<a id=\"" + m.group(1) + "\"></a>");
            }
        });
    }

    @Test
    void ruleIdsAreUniqueAcrossTheCatalog() {
        assertThat(RuleCatalog.all()).extracting(Rule::id).doesNotHaveDuplicates()
                .containsAll(CompatibilityRules.ALL.stream().map(Rule::id).toList());
    }

    @Test
    void validatorRulesQuoteTheValidatorTextVerbatim() {
        assertThat(RuleCatalog.byId("unique-constraint").orElseThrow().info().runtimeError()).contains(
                "CloudKit integration does not support unique constraints. The following entities are constrained:");
        assertThat(RuleCatalog.byId("relationship-missing-inverse").orElseThrow().info().runtimeError()).contains(
                "CloudKit integration requires that all relationships have an inverse, the following do not:");
        assertThat(RuleCatalog.byId("encryption-key-misuse").orElseThrow().info().runtimeError()).contains(
                "CloudKit integration does not support encrypted relationships.",
                "Encryption value should be set via -[NSAttributeDescription allowsCloudEncryption], please remove"
                        + " usage of 'NSPersistentCloudKitContainerEncryptedAttributeKey'");
        assertThat(RuleCatalog.byId("attribute-mergeable-storage").orElseThrow().info().runtimeError()).contains(
                "The following attributes use mergeable storage with CloudKit which is unsupported:");
    }
}
