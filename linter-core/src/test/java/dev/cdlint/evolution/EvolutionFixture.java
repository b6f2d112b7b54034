package dev.cdlint.evolution;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.catalog.Family;
import dev.cdlint.config.LintConfig;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.DeployedModel;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.schema.Schema;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An evolution rule's fixture ({@code fixtures/evolution/evolution-<case>/}): {@code deployed.xcdatamodel}, the model
 * production was deployed from, and {@code current.xcdatamodel}, for tests that use the pair in other ways than
 * {@code dev.cdlint.catalog.FixturesTest} does.
 */
record EvolutionFixture(String name, Path deployedContents, Path currentContents) {

    static EvolutionFixture named(String name) {
        try {
            Path folder = Path.of(EvolutionFixture.class.getResource("/fixtures/evolution/evolution-" + name).toURI());
            return new EvolutionFixture(name, folder.resolve("deployed.xcdatamodel/contents"),
                    folder.resolve("current.xcdatamodel/contents"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    DataModel deployed() {
        return ModelReader.read(deployedContents.getParent());
    }

    DataModel current() {
        return ModelReader.read(currentContents.getParent());
    }

    List<Finding> findings(Optional<Schema> production) {
        return check(current(), deployed(), production);
    }

    /** The evolution rules alone, with default settings, the deployed model labelled "deployed". */
    static List<Finding> check(DataModel current, DataModel deployed, Optional<Schema> production) {
        return new RuleEngine(Catalog.rules(Family.EVOLUTION)).check(current, LintConfig.defaults(), production,
                Optional.of(DeployedModel.of(deployed, "deployed")));
    }

    @Override
    public String toString() {
        return name;
    }
}
