package dev.cdlint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.SharedCorpus;
import dev.cdlint.catalog.Catalog;
import dev.cdlint.finding.Finding;
import dev.cdlint.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a user sees running {@code cdlint check} on each real repository of the corpus with default settings:
 * the Linter over each repository folder, no scope forced, no configuration file. The findings per rule and
 * severity are pinned in a golden file where every line that is not all quiet carries a comment saying why its
 * count is what it is, so a warning nobody can justify shows up in review.
 */
class CorpusDefaultSettingsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/rules/corpus-default-settings-counts.txt");

    @Test
    void findingsPerRuleAndSeverityMatchTheJustifiedGoldenFile() throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (Rule rule : Catalog.rules()) {
            counts.put(rule.id() + " " + rule.defaultSeverity().id(), 0L);
        }
        long notCloudKitEnabled = 0;
        for (Path repository : repositories()) {
            LintResult result = lint(repository);
            for (Finding finding : result.findings()) {
                counts.merge(finding.rule() + " " + finding.severity().id(), 1L, Long::sum);
            }
            notCloudKitEnabled += result.notCloudKitEnabled().size();
        }
        List<String> actual = new ArrayList<>(counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).toList());
        actual.add("summary: not CloudKit-enabled " + notCloudKitEnabled);
        List<String> golden = Files.exists(GOLDEN) ? Files.readAllLines(GOLDEN) : List.of();

        assertThat(countLines(golden))
                .as("finding counts over the corpus with default settings; if the change is intended, put these"
                        + " lines in %s, each with a comment saying why:%n%s", GOLDEN, String.join("\n", actual))
                .containsExactlyElementsOf(actual);
        assertThat(unexplained(golden)).as("count lines above zero without a comment before them").isEmpty();
    }

    private static LintResult lint(Path repository) {
        return new Linter().lint(LintRequest.of(repository));
    }

    private static List<Path> repositories() throws IOException {
        try (Stream<Path> children = Files.list(SharedCorpus.models())) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<String> countLines(List<String> golden) {
        return golden.stream().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    /** A line with a count above zero must follow a comment: the reason for the count. */
    private static List<String> unexplained(List<String> golden) {
        List<String> unexplained = new ArrayList<>();
        boolean commented = false;
        for (String line : golden) {
            if (line.startsWith("#")) {
                commented = true;
            } else if (!line.isBlank()) {
                if (!commented && !line.endsWith(" 0")) {
                    unexplained.add(line);
                }
                commented = false;
            }
        }
        return unexplained;
    }
}
