package dev.cdlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.catalog.Family;
import dev.cdlint.config.ConfigReader;
import dev.cdlint.config.LintConfig;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.xml.ModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compatibility rules end to end: a real .cdlint.yml read by ConfigReader, and suppressions in the model. */
class ConfiguredRulesTest {

    @TempDir
    Path dir;

    private static final String NOTE = """
            <entity name="Note">
                <attribute name="title" attributeType="String"/>
                <attribute name="price" optional="YES" attributeType="Decimal"/>
                <relationship name="folder" optional="YES" maxCount="1" deletionRule="Deny" destinationEntity="Folder" inverseName="notes" inverseEntity="Folder"/>
            </entity>
            <entity name="Folder">
                <relationship name="notes" optional="YES" toMany="YES" deletionRule="Nullify" destinationEntity="Note" inverseName="folder" inverseEntity="Note"/>
            </entity>
            """;

    private List<Finding> lint(String modelAttributes, String entities, String yaml) throws IOException {
        Path contents = dir.resolve("contents");
        Files.writeString(contents, "<model " + modelAttributes + ">\n" + entities + "</model>\n");
        Path config = dir.resolve(LintConfig.FILE_NAME);
        Files.writeString(config, yaml);
        DataModel model = ModelReader.read(contents);
        return new RuleEngine(Catalog.rules(Family.MODEL)).check(model, ConfigReader.read(config), Optional.empty());
    }

    @Test
    void defaultSeveritiesApplyWhenTheFileSetsNone() throws IOException {
        assertThat(lint("usedWithCloudKit=\"YES\"", NOTE, ""))
                .extracting(Finding::rule, Finding::elementName, Finding::severity)
                .containsExactlyInAnyOrder(
                        tuple("attribute-required-without-default", "Note.title", Severity.ERROR),
                        tuple("decimal-precision", "Note.price", Severity.INFO),
                        tuple("relationship-deny-rule", "Note.folder", Severity.ERROR));
    }

    @Test
    void severityOverridesAndOffComeFromTheFile() throws IOException {
        List<Finding> findings = lint("usedWithCloudKit=\"YES\"", NOTE, """
                rules:
                  relationship-deny-rule: warning
                  decimal-precision: off
                  attribute-required-without-default:
                    severity: info
                """);

        assertThat(findings).extracting(Finding::rule, Finding::severity).containsExactlyInAnyOrder(
                tuple("attribute-required-without-default", Severity.INFO),
                tuple("relationship-deny-rule", Severity.WARNING));
    }

    @Test
    void aModelWithoutTheFlagIsOnlyCheckedWhenTheFileGivesItAScope() throws IOException {
        assertThat(lint("", NOTE, "")).extracting(Finding::rule).containsExactly("cloudkit-not-enabled");

        assertThat(lint("", NOTE, "scopes:\n  Default: public\n")).extracting(Finding::rule)
                .containsExactlyInAnyOrder("attribute-required-without-default", "decimal-precision",
                        "relationship-deny-rule", "public-soft-delete-attribute", "public-soft-delete-attribute");
    }

    @Test
    void theFieldLimitIsAnErrorAboveTheLimitWhateverTheConfiguredSeverity() throws IOException {
        StringBuilder wide = new StringBuilder("<entity name=\"Wide\">\n");
        for (int i = 0; i < 124; i++) {
            wide.append("<attribute name=\"s").append(i).append("\" optional=\"YES\" attributeType=\"String\"/>\n");
        }
        wide.append("</entity>\n");

        List<Finding> findings = lint("usedWithCloudKit=\"YES\"", wide.toString(),
                "rules:\n  record-type-field-limit: info\n");

        assertThat(findings).extracting(Finding::rule, Finding::severity)
                .containsExactly(tuple("record-type-field-limit", Severity.ERROR));
    }

    @Test
    void suppressionsInTheModelExcuseFindingsAndStaleOrUnknownOnesAreReported() throws IOException {
        List<Finding> findings = lint("usedWithCloudKit=\"YES\"", """
                <entity name="Note">
                    <attribute name="title" attributeType="String">
                        <userInfo><entry key="cdlint.disable" value="attribute-required-without-default"/></userInfo>
                    </attribute>
                    <attribute name="body" attributeType="String"/>
                    <attribute name="price" optional="YES" attributeType="Decimal">
                        <userInfo><entry key="cdlint.disable" value="decimal-precision, ordered-relationship, no-such-rule"/></userInfo>
                    </attribute>
                </entity>
                <entity name="Legacy">
                    <attribute name="a" attributeType="String"/>
                    <attribute name="b" optional="YES" attributeType="Decimal"/>
                    <userInfo><entry key="cdlint.disable" value="all"/></userInfo>
                </entity>
                <entity name="Tag">
                    <attribute name="name" attributeType="String"/>
                    <attribute name="weight" optional="YES" attributeType="Decimal"/>
                    <userInfo><entry key="cdlint.disable" value="attribute-required-without-default"/></userInfo>
                </entity>
                """, "");

        assertThat(findings).extracting(Finding::rule, Finding::elementName).containsExactlyInAnyOrder(
                tuple("attribute-required-without-default", "Note.body"),
                tuple("unused-suppression", "Note.price"),
                tuple("unused-suppression", "Note.price"),
                tuple("decimal-precision", "Tag.weight"));
        assertThat(findings).filteredOn(f -> f.rule().equals("unused-suppression")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("'ordered-relationship'", "nothing here is reported"))
                .anySatisfy(m -> assertThat(m).contains("'no-such-rule'", "not a cdlint rule"));
    }
}
