package dev.cdlint.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Severity;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.rules.Rule;
import dev.cdlint.rules.RuleCatalog;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rule list and what each rule tells users about itself. */
class SchemaDiffRulesTest {

    @Test
    void listsEveryRuleOfIssue5WithItsDefaultSeverity() {
        Map<String, Severity> severities = SchemaDiffRules.ALL.stream()
                .collect(Collectors.toMap(Rule::id, Rule::defaultSeverity));

        assertThat(severities).containsExactlyInAnyOrderEntriesOf(Map.of(
                "schema-undeployed-record-type", Severity.ERROR,
                "schema-undeployed-field", Severity.ERROR,
                "schema-field-type-mismatch", Severity.ERROR,
                "schema-encryption-mismatch", Severity.ERROR,
                "schema-undeployed-asset-field", Severity.WARNING,
                "schema-undeployed-move-receipt", Severity.INFO, // a warning when the app shares
                "schema-missing-cdmr", Severity.ERROR,
                "schema-public-missing-index", Severity.ERROR,
                "schema-public-missing-grant", Severity.WARNING,
                "schema-orphaned-field", Severity.INFO));
        assertThat(SchemaDiffRules.ALL).allMatch(rule -> rule instanceof ConfigurationRule);
        assertThat(SchemaDiffRules.ALL).allMatch(rule -> RuleCatalog.byId(rule.id()).isPresent());
    }

    @Test
    void everyRuleCitesItsSourceAndSaysWhatFailsAndHowToFixIt() {
        assertThat(SchemaDiffRules.ALL).allSatisfy(rule -> {
            RuleInfo info = rule.info();
            assertThat(info.source()).contains(Sources.CLOUDKIT + "#");
            assertThat(info.summary()).isNotBlank().doesNotEndWith(".");
            assertThat(info.rationale()).isNotBlank();
            assertThat(info.runtimeError()).isNotBlank();
            assertThat(info.fix()).isNotBlank();
            assertThat(info.example()).isNotBlank();
        });
    }

    @Test
    void rulesAboutUndeployedFieldsQuoteTheProductionError() {
        for (Rule rule : new Rule[] {new UndeployedField(), new FieldTypeMismatch(), new EncryptionMismatch(),
                new UndeployedAssetField(), new UndeployedMoveReceipt()}) {
            assertThat(rule.info().runtimeError())
                    .as(rule.id())
                    .contains("Cannot create or modify field 'CD_")
                    .contains("in production schema")
                    .contains("12/2006")
                    .contains("134406");
        }
    }
}
