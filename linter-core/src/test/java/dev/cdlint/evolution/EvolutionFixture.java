package dev.cdlint.evolution;

import dev.cdlint.config.LintConfig;
import dev.cdlint.finding.Finding;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.rules.RuleEngine;
import dev.cdlint.schema.Schema;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A pair of models side by side in {@code src/test/resources/evolution/<case>/}: {@code deployed.xcdatamodel}, the
 * model production was deployed from, and {@code current.xcdatamodel}. Each file carries the findings expected at
 * its elements, in {@link dev.cdlint.testing.ExpectedFindings} comments: removals at the deployed model's elements,
 * everything else at the current model's.
 */
record EvolutionFixture(String name, Path deployedContents, Path currentContents) {

    static EvolutionFixture named(String name) {
        try {
            Path folder = Path.of(EvolutionFixture.class.getResource("/evolution/" + name).toURI());
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
        return new RuleEngine(EvolutionRules.ALL).check(current, LintConfig.defaults(), production,
                Optional.of(DeployedModel.of(deployed, "deployed")));
    }

    @Override
    public String toString() {
        return name;
    }
}
