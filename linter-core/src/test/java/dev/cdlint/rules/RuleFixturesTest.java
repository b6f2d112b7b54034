package dev.cdlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import dev.cdlint.testing.ExpectedFindings;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule against its fixtures: exactly the findings the fixture's comments expect, and no others. */
class RuleFixturesTest {

    /** Rules whose input is not a model file's contents, tested on their own. */
    private static final Set<String> TESTED_ELSEWHERE = Set.of("model-bundle-irregular");

    static Stream<RuleFixture> fixtures() {
        return RuleFixture.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsExactlyTheExpectedFindings(RuleFixture fixture) {
        List<Finding> findings = fixture.lint();

        assertThat(findings).allSatisfy(f -> assertThat(f.rule()).isEqualTo(fixture.ruleId()));
        ExpectedFindings.assertMatch(findings, fixture.expectations(), fixture);
    }

    @Test
    void everyRuleHasAFixtureThatExpectsAFinding() {
        Set<String> covered = fixtures().filter(f -> !f.expectations().isEmpty()).map(RuleFixture::ruleId)
                .collect(Collectors.toSet());

        assertThat(CompatibilityRules.ALL).extracting(Rule::id)
                .filteredOn(id -> !TESTED_ELSEWHERE.contains(id))
                .allSatisfy(id -> assertThat(covered).as("rules with a fixture").contains(id));
    }
}
