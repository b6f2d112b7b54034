package dev.cdlint.rules;

import dev.cdlint.config.ConfigReader;
import dev.cdlint.config.LintConfig;
import dev.cdlint.finding.Finding;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.testing.ExpectedFindings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fixture model under {@code src/test/resources/rules}, named {@code <rule-id>[.<case>].xcdatamodel}, whose
 * expected findings are comments above the elements that cause them ({@link ExpectedFindings}). A
 * {@code .cdlint.yml} inside the fixture folder sets scopes and options.
 */
record RuleFixture(Path folder, String ruleId) {

    static final Path ROOT = Path.of("src/test/resources/rules");

    static List<RuleFixture> all() {
        try (Stream<Path> children = Files.list(ROOT)) {
            return children.filter(p -> p.getFileName().toString().endsWith(".xcdatamodel")).sorted()
                    .map(p -> new RuleFixture(p, p.getFileName().toString().split("\\.")[0])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Finding> lint() {
        Rule rule = RuleCatalog.byId(ruleId).orElseThrow(() -> new AssertionError(
                folder + " is named after '" + ruleId + "', which is not a rule"));
        Path config = folder.resolve(LintConfig.FILE_NAME);
        LintConfig lintConfig = Files.exists(config) ? ConfigReader.read(config) : LintConfig.defaults();
        return new RuleEngine(List.of(rule)).check(ModelReader.read(folder), lintConfig, Optional.empty());
    }

    List<ExpectedFindings.Expectation> expectations() {
        return ExpectedFindings.readFrom(folder.resolve("contents"));
    }

    @Override
    public String toString() {
        return folder.getFileName().toString();
    }
}
