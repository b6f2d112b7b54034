package dev.cdlint.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.SharedCorpus;
import dev.cdlint.catalog.Catalog;
import dev.cdlint.catalog.Family;
import dev.cdlint.config.LintConfig;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.DeployedModel;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.xml.ModelReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The evolution rules on the real models of the shared corpus. */
class CorpusEvolutionTest {

    @Test
    void everyCorpusModelAgainstItselfReportsNothing() {
        List<Path> versions = SharedCorpus.files(SharedCorpus.models(),
                p -> p.getFileName().toString().equals("contents"));

        assertThat(versions).hasSizeGreaterThan(100).allSatisfy(contents -> {
            DataModel model = ModelReader.read(contents);
            assertThat(check(model, model)).as(contents.toString()).isEmpty();
        });
    }

    @Test
    void theRealRenameThatCoreDataRefusedIsAnError() {
        Path bundle = SharedCorpus.models().resolve("partout-io__passepartout/app-apple/Sources/CommonDataProfiles"
                + "/Profiles.xcdatamodeld");

        List<Finding> findings = check(ModelReader.read(bundle.resolve("ProfilesV3.xcdatamodel")),
                ModelReader.read(bundle.resolve("Profiles.xcdatamodel")));

        assertThat(findings).filteredOn(f -> f.rule().equals("evolution-renamed-with-identifier"))
                .singleElement()
                .satisfies(f -> assertThat(f.elementName()).isEqualTo("CDProfileV3"))
                .extracting(Finding::message).asString()
                .contains("CloudKit integration forbids renaming 'CDProfile' to 'CDProfileV3'");
    }

    /** Every configuration of both models checked, as a private store: the most the rules can look at. */
    private static List<Finding> check(DataModel current, DataModel deployed) {
        Map<String, DatabaseScope> scopes = current.current().configurations().stream()
                .collect(Collectors.toMap(Configuration::name, c -> DatabaseScope.PRIVATE, (a, b) -> a));
        deployed.current().configurations().forEach(c -> scopes.putIfAbsent(c.name(), DatabaseScope.PRIVATE));
        return new RuleEngine(Catalog.rules(Family.EVOLUTION)).check(current, new LintConfig(null, null, scopes, Map.of()),
                Optional.empty(), Optional.of(DeployedModel.of(deployed, "deployed")));
    }
}
