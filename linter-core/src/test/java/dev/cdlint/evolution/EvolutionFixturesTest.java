package dev.cdlint.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.catalog.Family;
import dev.cdlint.config.LintConfig;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.DeployedModel;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.schema.Schema;
import dev.cdlint.testing.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the evolution fixtures show beyond their own expectations, which {@code FixturesTest} checks. */
class EvolutionFixturesTest {

    /** The fixtures that compare two model files (those of --against-ref hold a git revision's tree instead). */
    static Stream<EvolutionFixture> fixtures() {
        return Fixture.all().stream().filter(f -> f.family() == Family.EVOLUTION)
                .filter(f -> Files.isDirectory(f.folder().resolve("deployed.xcdatamodel")))
                .map(f -> EvolutionFixture.named(f.name().substring("evolution-".length())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachModelAgainstItselfReportsNothing(EvolutionFixture fixture) {
        assertThat(EvolutionFixture.check(fixture.current(), fixture.current(), Optional.empty())).isEmpty();
        assertThat(EvolutionFixture.check(fixture.deployed(), fixture.deployed(), Optional.empty())).isEmpty();
    }

    @Test
    void theRulesDoNothingWithoutADeployedModel() {
        EvolutionFixture fixture = EvolutionFixture.named("deploy-needed");

        assertThat(new RuleEngine(Catalog.rules(Family.EVOLUTION)).check(fixture.current(), LintConfig.defaults(),
                Optional.empty())).isEmpty();
    }

    @Test
    void withAProductionSchemaEachChangeIsReportedOnceAndAgainstIt() {
        EvolutionFixture types = EvolutionFixture.named("field-type-changed");
        Schema production = schemaOf(types.deployed());

        assertThat(types.findings(Optional.of(production))).isEmpty();
        assertThat(RuleEngine.withAllRules().check(types.current(), LintConfig.defaults(),
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

}
