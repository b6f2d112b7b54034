package dev.cdlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What 'cdlint rules', explain and SARIF show comes from @RuleInfo, so every rule must fill it in properly. */
class RuleMetadataTest {

    @Test
    void everyRuleIsDocumentedWithItsSourceAndTheErrorItPrevents() {
        assertThat(CompatibilityRules.ALL).allSatisfy(rule -> {
            RuleInfo info = rule.info();
            assertThat(info.id()).as("id").matches("[a-z]+(-[a-z]+)*");
            assertThat(info.summary()).as(info.id()).isNotBlank().doesNotEndWith(".");
            assertThat(info.source()).as(info.id()).contains("§");
            assertThat(info.rationale()).as(info.id()).isNotBlank();
            assertThat(info.runtimeError()).as(info.id()).isNotBlank();
            assertThat(info.fix()).as(info.id()).isNotBlank();
            assertThat(info.example()).as(info.id()).isNotBlank();
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
    }
}
