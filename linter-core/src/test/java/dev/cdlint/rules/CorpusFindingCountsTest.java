package dev.cdlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.SharedCorpus;
import dev.cdlint.catalog.Catalog;
import dev.cdlint.catalog.Family;
import dev.cdlint.config.LintConfig;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.xml.ModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every real model of the shared corpus lints without a crash, every configuration checked as if it synced to the
 * private database, and the number of findings per rule is pinned, so that any change of behaviour shows up in
 * review as a change of the golden file.
 */
class CorpusFindingCountsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/rules/corpus-finding-counts.txt");

    @Test
    void findingCountsPerRuleMatchTheGoldenFile() throws IOException {
        Map<String, Long> counts = new TreeMap<>(Catalog.rules(Family.MODEL).stream()
                .collect(Collectors.toMap(Rule::id, id -> 0L)));
        RuleEngine engine = new RuleEngine(Catalog.rules(Family.MODEL));
        for (Path contents : SharedCorpus.files(SharedCorpus.models(),
                p -> p.getFileName().toString().equals("contents"))) {
            DataModel model = ModelReader.read(contents);
            for (Finding finding : engine.check(model, everyConfigurationPrivate(model), Optional.empty())) {
                counts.merge(finding.rule(), 1L, Long::sum);
            }
        }
        String actual = counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));

        assertThat(Files.exists(GOLDEN) ? Files.readString(GOLDEN) : "")
                .as("finding counts over the corpus; if the change is intended, put this in %s:%n%s", GOLDEN, actual)
                .isEqualTo(actual);
    }

    private static LintConfig everyConfigurationPrivate(DataModel model) {
        Map<String, DatabaseScope> scopes = model.current().configurations().stream()
                .collect(Collectors.toMap(Configuration::name, c -> DatabaseScope.PRIVATE, (a, b) -> a));
        return new LintConfig(null, null, scopes, Map.of());
    }

}
