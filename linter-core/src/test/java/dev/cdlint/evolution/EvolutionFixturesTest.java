package dev.cdlint.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.config.LintConfig;
import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.rules.Rule;
import dev.cdlint.rules.RuleCatalog;
import dev.cdlint.rules.RuleEngine;
import dev.cdlint.schema.Schema;
import dev.cdlint.testing.ExpectedFindings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each fixture pair reports exactly the findings its two files expect, at the elements they mark. */
class EvolutionFixturesTest {

    static Stream<EvolutionFixture> fixtures() {
        return Stream.of("field-type-changed", "encryption-changed", "record-type-changed",
                "cardinality-changed", "renamed-with-identifier", "probable-rename", "element-removed",
                "deploy-needed").map(EvolutionFixture::named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsExactlyTheExpectedFindingsInBothModels(EvolutionFixture fixture) {
        List<Finding> findings = fixture.findings(Optional.empty());

        assertThat(findings).extracting(f -> f.location().file())
                .allMatch(file -> file.equals(fixture.currentContents()) || file.equals(fixture.deployedContents()));
        ExpectedFindings.assertMatch(inFile(findings, fixture.currentContents()),
                ExpectedFindings.readFrom(fixture.currentContents()), fixture.currentContents());
        ExpectedFindings.assertMatch(inFile(findings, fixture.deployedContents()),
                ExpectedFindings.readFrom(fixture.deployedContents()), fixture.deployedContents());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachModelAgainstItselfReportsNothing(EvolutionFixture fixture) {
        assertThat(EvolutionFixture.check(fixture.current(), fixture.current(), Optional.empty())).isEmpty();
        assertThat(EvolutionFixture.check(fixture.deployed(), fixture.deployed(), Optional.empty())).isEmpty();
    }

    @Test
    void everyEvolutionRuleHasAFixtureThatExpectsIt() {
        Set<String> expected = fixtures()
                .flatMap(f -> Stream.concat(ExpectedFindings.readFrom(f.currentContents()).stream(),
                        ExpectedFindings.readFrom(f.deployedContents()).stream()))
                .map(ExpectedFindings.Expectation::rule)
                .collect(Collectors.toSet());

        // evolution-model-moved needs a git revision in which the model is not at its path: GitRevisionTest builds
        // those repositories and expects it, and its absence when the model is where it was.
        assertThat(expected).containsAll(EvolutionRules.ALL.stream().map(Rule::id)
                .filter(id -> !id.equals("evolution-model-moved")).toList());
    }

    @Test
    void theRulesDoNothingWithoutADeployedModel() {
        EvolutionFixture fixture = EvolutionFixture.named("deploy-needed");

        assertThat(new RuleEngine(EvolutionRules.ALL).check(fixture.current(), LintConfig.defaults(),
                Optional.empty())).isEmpty();
    }

    @Test
    void withAProductionSchemaEachChangeIsReportedOnceAndAgainstIt() {
        EvolutionFixture types = EvolutionFixture.named("field-type-changed");
        Schema production = schemaOf(types.deployed());

        assertThat(types.findings(Optional.of(production))).isEmpty();
        assertThat(new RuleEngine(RuleCatalog.all()).check(types.current(), LintConfig.defaults(),
                Optional.of(production), Optional.of(DeployedModel.of(types.deployed(), "deployed"))))
                .filteredOn(f -> "Note.rating".equals(f.elementName()))
                .extracting(Finding::rule).containsExactly("schema-field-type-mismatch");

        // What production cannot show, records left in the old record type, is still the evolution rules'.
        EvolutionFixture moved = EvolutionFixture.named("record-type-changed");
        assertThat(moved.findings(Optional.of(schemaOf(moved.deployed())))).extracting(Finding::rule)
                .containsExactly("evolution-record-type-changed", "evolution-record-type-changed");
    }

    /** The schema a full initialisation of the model would have deployed. */
    private static Schema schemaOf(DataModel model) {
        ModelVersion version = model.current();
        return Mirror.containerSchema(List.of(Mirror.of(version, version.configurations().get(0),
                DatabaseScope.PRIVATE)));
    }

    private static List<Finding> inFile(List<Finding> findings, Path file) {
        return findings.stream().filter(f -> f.location().file().equals(file)).toList();
    }
}
