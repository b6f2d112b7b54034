package dev.cdlint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a fixture file says its checks must find, written in the file's own comment syntax on the lines right above
 * the line a finding points at, so a reader sees cause and effect together:
 *
 * <pre>
 * &lt;!-- expect: ordered-relationship "Folder.notes" --&gt;            model XML, plists
 * // expect: record-type-field-limit "Survey" warning "210 fields"     Swift, .ckdb, .xcconfig
 * /&#42; expect: wiring-push-key-wrong-platform "App" &#42;/             project.pbxproj
 * # expect: production-schema-field "CD_Note.CD_body" error x3         YAML, logs
 * &lt;!-- quiet: relationship-deny-rule --&gt;                          a look-alike that must not trigger it
 * </pre>
 *
 * An expectation names the check, the element as findings name it ({@code Entity.property}, {@code Entity}, else
 * {@code CD_Type.CD_field}, else {@code ""}), then optionally a severity, a count ({@code x3}, for log diagnoses)
 * and a fragment of the message, in which {@code …} stands for any text. A {@code quiet:} line marks an element that resembles what the check looks for
 * and must stay quiet: every check needs one, so that each is shown not to fire where it should not.
 */
public final class Expectations {

    private static final Pattern MARKER = Pattern.compile("(?:<!--|//|/\\*|#)\\s*(expect|quiet):\\s*(.*?)\\s*(?:-->|\\*/)?\\s*$");
    private static final Pattern EXPECT = Pattern.compile(
            "([a-z0-9]+(?:-[a-z0-9]+)*)\\s+\"([^\"]*)\"(?:\\s+(info|warning|error))?(?:\\s+x(\\d+))?(?:\\s+\"([^\"]*)\")?");
    private static final Pattern QUIET = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)");

    /** One expected finding, at the line it points at. */
    public record Expectation(String rule, Path file, int line, String element, Optional<Severity> severity,
            OptionalInt count, Optional<String> fragment) {

        public String key() {
            return Findings.key(file, line, rule, element);
        }

        boolean isMetBy(Reported reported) {
            return severity.map(s -> s == reported.finding().severity()).orElse(true)
                    && count.stream().allMatch(n -> n == reported.count())
                    && fragment.map(f -> containsInOrder(reported.finding().message(), f)).orElse(true);
        }
    }

    /** A look-alike of what a check reports, at its line, that the check must leave alone. */
    public record Quiet(String rule, Path file, int line) {}

    private final List<Expectation> expected = new ArrayList<>();
    private final List<Quiet> quiet = new ArrayList<>();

    private Expectations() {}

    /** The markers of every file given; a marker that does not parse fails the test that reads it. */
    public static Expectations readFrom(List<Path> files) {
        Expectations expectations = new Expectations();
        files.forEach(expectations::read);
        return expectations;
    }

    public List<Expectation> expected() {
        return List.copyOf(expected);
    }

    public List<Quiet> quiet() {
        return List.copyOf(quiet);
    }

    /**
     * Exactly the findings expected, no more and no fewer, each with the severity, count and message fragment its
     * expectation gives.
     */
    public void assertMatch(List<Reported> reported, String source) {
        assertThat(reported.stream().map(r -> Findings.key(r.finding())).toList())
                .as("findings (file:line check \"element\") of %s; messages:%n%s", source, messages(reported))
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(Expectation::key).toList());
        List<Reported> unmatched = new ArrayList<>(reported);
        for (Expectation expectation : expected) {
            Reported match = unmatched.stream().filter(r -> Findings.key(r.finding()).equals(expectation.key())
                    && expectation.isMetBy(r)).findFirst().orElseThrow(() -> new AssertionError(expectation.key()
                    + ": no finding there has the severity, count and message the expectation gives: "
                    + expectation + "\n" + messages(reported)));
            unmatched.remove(match);
        }
    }

    private static String messages(List<Reported> reported) {
        return reported.stream().map(r -> "  " + Findings.key(r.finding()) + " [" + r.finding().severity().id()
                + (r.count() == 1 ? "" : " x" + r.count()) + "] " + r.finding().message())
                .collect(Collectors.joining("\n"));
    }

    /** Whether the message holds the fragment's parts, in order; {@code …} in the fragment stands for any text. */
    public static boolean containsInOrder(String message, String fragment) {
        int at = 0;
        for (String part : fragment.split("…", -1)) {
            int found = message.indexOf(part, at);
            if (found < 0) {
                return false;
            }
            at = found + part.length();
        }
        return true;
    }

    /** Whether a line of a file is a marker, which the log fixtures blank so the log reader never sees it. */
    public static boolean isMarker(String line) {
        return MARKER.matcher(line).find();
    }

    private void read(Path file) {
        List<String> lines;
        try {
            // Decoded leniently: a fixture may hold bytes that are not UTF-8 on purpose, never in a marker.
            lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i));
            if (!marker.find()) {
                continue;
            }
            int target = i + 1;
            while (target < lines.size() && isMarker(lines.get(target))) {
                target++;
            }
            String at = file + ":" + (i + 1);
            if (marker.group(1).equals("quiet")) {
                Matcher rule = QUIET.matcher(marker.group(2));
                if (!rule.matches()) {
                    throw new AssertionError(at + ": malformed quiet marker: " + lines.get(i));
                }
                quiet.add(new Quiet(rule.group(1), file, target + 1));
                continue;
            }
            Matcher m = EXPECT.matcher(marker.group(2));
            if (!m.matches()) {
                throw new AssertionError(at + ": malformed expectation: " + lines.get(i));
            }
            expected.add(new Expectation(m.group(1), file, target + 1, m.group(2),
                    Optional.ofNullable(m.group(3)).flatMap(Severity::fromId),
                    m.group(4) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(4))),
                    Optional.ofNullable(m.group(5))));
        }
    }
}
