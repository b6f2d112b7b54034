package dev.cdlint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Expected findings written in a model file as XML comments right above the element that causes them, so a reader
 * sees cause and effect together:
 *
 * <pre>
 * &lt;!-- expect: ordered-relationship "Folder.notes" --&gt;
 * &lt;!-- expect: record-type-field-limit "Survey" warning "CD_Survey has 210 fields" --&gt;
 * </pre>
 *
 * The rule, the element as findings name it ({@code Entity.property}, {@code Entity}, or {@code ""}), then
 * optionally a severity and a fragment of the message. Elements without a comment are negative cases.
 */
public final class ExpectedFindings {

    private static final Pattern EXPECT = Pattern.compile(
            "<!--\\s*expect:\\s*([a-z-]+)\\s+\"([^\"]*)\"(?:\\s+(info|warning|error))?(?:\\s+\"([^\"]*)\")?\\s*-->");

    /** One expected finding: the rule, the line of the element, how it is named, and what to check beyond that. */
    public record Expectation(String rule, int line, String element, Optional<Severity> severity,
            Optional<String> fragment) {

        String key() {
            return line + " " + rule + " " + element;
        }
    }

    private ExpectedFindings() {}

    /** Each expectation belongs to the first line below it that is not itself an expectation. */
    public static List<Expectation> readFrom(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Expectation> expectations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXPECT.matcher(lines.get(i));
            if (!m.find()) {
                if (lines.get(i).contains("expect:")) {
                    throw new AssertionError(file + ":" + (i + 1) + ": malformed expectation: " + lines.get(i));
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

    /** Exactly the expected findings, no more and no fewer, with the severities and message fragments given. */
    public static void assertMatch(List<Finding> findings, List<Expectation> expectations, Object source) {
        assertThat(findings.stream().map(ExpectedFindings::key).sorted().toList())
                .as("findings (line rule element) of %s; messages:%n%s", source, messages(findings))
                .containsExactlyElementsOf(expectations.stream().map(Expectation::key).sorted().toList());
        for (Expectation expected : expectations) {
            Finding actual = findings.stream().filter(f -> key(f).equals(expected.key())).findFirst().orElseThrow();
            expected.severity().ifPresent(s -> assertThat(actual.severity()).as(expected.key()).isEqualTo(s));
            expected.fragment().ifPresent(s -> assertThat(actual.message()).as(expected.key()).contains(s));
        }
    }

    private static String key(Finding finding) {
        return finding.location().line() + " " + finding.rule() + " "
                + Objects.requireNonNullElse(finding.elementName(), "");
    }

    private static String messages(List<Finding> findings) {
        return findings.stream().map(f -> "  " + key(f) + " [" + f.severity().id() + "] " + f.message())
                .collect(Collectors.joining("\n"));
    }
}
