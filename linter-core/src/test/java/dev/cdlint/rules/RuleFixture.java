package dev.cdlint.rules;

import dev.cdlint.config.ConfigReader;
import dev.cdlint.config.LintConfig;
import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.source.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A fixture model under {@code src/test/resources/rules}, named {@code <rule-id>[.<case>].xcdatamodel}, whose
 * expected findings are XML comments right above the element that causes them:
 *
 * <pre>
 * &lt;!-- expect: ordered-relationship "Folder.notes" --&gt;
 * &lt;!-- expect: record-type-field-limit "Survey" warning "CD_Survey has 210 fields" --&gt;
 * </pre>
 *
 * The element's name ({@code ""} for the model itself), then optionally a severity and a message fragment.
 * Elements without a comment are the negative cases: any finding on them fails the test. A {@code .cdlint.yml}
 * inside the fixture folder sets scopes and options.
 */
record RuleFixture(Path folder, String ruleId) {

    static final Path ROOT = Path.of("src/test/resources/rules");

    private static final Pattern EXPECT = Pattern.compile(
            "<!--\\s*expect:\\s*([a-z-]+)\\s+\"([^\"]*)\"(?:\\s+(info|warning|error))?(?:\\s+\"([^\"]*)\")?\\s*-->");

    /** One expected finding: the rule, the line of the element, how it is named, and what to check beyond that. */
    record Expectation(String rule, int line, String element, Optional<Severity> severity, Optional<String> fragment) {

        String key() {
            return line + " " + rule + " " + element;
        }
    }

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

    /** Each expectation belongs to the first line below it that is not itself an expectation. */
    List<Expectation> expectations() {
        List<String> lines = lines();
        List<Expectation> expectations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXPECT.matcher(lines.get(i));
            if (!m.find()) {
                if (lines.get(i).contains("expect:")) {
                    throw new InputException(new dev.cdlint.source.SourceLocation(contents(), i + 1, 1),
                            "malformed expectation");
                }
                continue;
            }
            int element = i + 1;
            while (element < lines.size() && EXPECT.matcher(lines.get(element)).find()) {
                element++;
            }
            expectations.add(new Expectation(m.group(1), element + 1, m.group(2),
                    Optional.ofNullable(m.group(3)).flatMap(Severity::fromId), Optional.ofNullable(m.group(4))));
        }
        return expectations;
    }

    private Path contents() {
        return folder.resolve("contents");
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(contents());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return folder.getFileName().toString();
    }
}
