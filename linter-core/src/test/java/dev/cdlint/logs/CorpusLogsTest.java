package dev.cdlint.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.SharedCorpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real excerpt in {@code ../shared/corpus/logs}, read as it was posted, with the diagnoses it must give.
 * Each expectation reads {@code kind [rule] element-or-names ×count @line}: the element as the model names it, or
 * {@code recordType/field} for what has no model name.
 */
class CorpusLogsTest {

    static Stream<Arguments> excerpts() {
        return Stream.of(
                excerpt("A3-missing-inverses-condensed-by-the-poster.log",
                        "model-validation relationship-missing-inverse HabitData.completionHistory ×1 @3",
                        "model-validation relationship-missing-inverse HabitData.difficultyHistory ×1 @3",
                        "model-validation relationship-missing-inverse HabitData.notes ×1 @3",
                        "model-validation relationship-missing-inverse HabitData.usageHistory ×1 @3"),
                excerpt("A4-deny-delete-rule.log",
                        "model-validation relationship-deny-rule P1.children ×1 @1"),
                excerpt("A5-non-optional-attribute-without-default-s.log",
                        "model-validation attribute-required-without-default - ×1 @1"),
                excerpt("B3-new-field-added-to-an-already-deployed-r.log",
                        "production-schema-field - Todo/order ×1 @1"),
                // Two lines, each reporting the error: the app's status text and its log line.
                excerpt("B5-partial-failure-surfaced-only-as-error-2.log",
                        "partial-failure - - ×2 @1"),
                excerpt("B6-querying-a-record-type-that-production-d.log",
                        "production-schema-type - SharedSyncState/- ×1 @1"),
                excerpt("B7-field-type-mismatch-against-existing-sch.log",
                        "field-type-mismatch - Page/image ×1 @2"),
                excerpt("B8-empty-list-used-to-create-a-new-field-sc.log",
                        "new-field-from-empty-list - Person/personToBook ×1 @1"),
                excerpt("C2-bad-container.log",
                        "container-permission - - ×1 @1"),
                excerpt("C3-signature-lacks-application-identity.log",
                        "missing-entitlement - - ×1 @1"),
                excerpt("D2-record-too-large-cksyncengine.log",
                        "record-too-large - - ×1 @1"),
                // Two reports, from two projects (SOURCES.tsv), one after the other.
                excerpt("D3-more-than-400-items-per-request.log",
                        "limit-exceeded - - ×2 @2"),
                excerpt("D4-limit-exceeded-inside-a-partial-failure.log",
                        "limit-exceeded - - ×1 @2"),
                excerpt("E2-second-registration-of-cloudkit-schedule.log",
                        "store-in-use-elsewhere - - ×1 @1"),
                excerpt("F2-apple-s-canonical-throttle-shape-tn3162.log",
                        "throttled - - ×1 @2"),
                excerpt("F3-app-surfaced-rate-limit.log",
                        "throttled - - ×1 @1"),
                excerpt("G1-zone-not-found.log",
                        "zone-not-found - - ×1 @1",
                        "zone-not-found - - ×1 @2"),
                excerpt("G2-user-deleted-zone-purged.log",
                        "zone-not-found - - ×1 @2"),
                excerpt("H1-terms-not-accepted-nspersistentcloudkitc.log",
                        "account - - ×2 @1"),
                excerpt("H2-not-authenticated.log",
                        "account - - ×1 @1"),
                excerpt("H3-signature-certificate-failures.log",
                        "cloudkit-error - - ×1 @1",
                        "cloudkit-error - - ×1 @2",
                        "cloudkit-error - - ×1 @3"),
                excerpt("I1-server-record-changed-inside-partial-fai.log",
                        "cloudkit-error - - ×1 @1",
                        "cloudkit-error - - ×1 @3"),
                excerpt("I2-same-record-twice.log",
                        "cloudkit-error - - ×1 @1"),
                excerpt("J1-store-removed-mirroring-torn-down-restor.log",
                        "mirroring-stopped - - ×1 @1"),
                excerpt("J2-history-token-expired-not-found.log",
                        "history-expired - - ×1 @2"));
    }

    private static Arguments excerpt(String file, String... expected) {
        return Arguments.of(file, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("excerpts")
    void eachExcerptGivesItsDiagnoses(String file, List<String> expected) throws IOException {
        Path log = SharedCorpus.root().resolve("corpus/logs").resolve(file);

        assertThat(diagnose(log)).extracting(CorpusLogsTest::describe).containsExactlyElementsOf(expected);
    }

    @Test
    void everyExcerptHasAnExpectation() throws IOException {
        Path logs = SharedCorpus.root().resolve("corpus/logs");
        List<String> expected = excerpts().map(a -> (String) a.get()[0]).toList();

        try (Stream<Path> files = Files.list(logs)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted())
                    .containsExactlyElementsOf(expected);
        }
    }

    /**
     * A log pasted into an issue as a Markdown quote, or saved with Windows line ends, is the same log: every excerpt
     * gives exactly the diagnoses it gives as posted (kinds, names, counts, lines and what each says).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("excerpts")
    void quotedAndCrlfCopiesGiveTheDiagnosesOfTheOriginal(String file, List<String> expected) throws IOException {
        Path log = SharedCorpus.root().resolve("corpus/logs").resolve(file);
        String original = Files.readString(log, StandardCharsets.UTF_8);
        String quoted = original.lines().map(line -> line.isEmpty() ? ">" : "> " + line)
                .collect(Collectors.joining("\n", "", "\n"));
        String crlf = original.replace("\n", "\r\n");

        List<String> asPosted = details(diagnose(log, original));

        assertThat(asPosted).hasSize(expected.size());
        assertThat(details(diagnose(log, quoted))).as("quoted").containsExactlyElementsOf(asPosted);
        assertThat(details(diagnose(log, crlf))).as("CRLF").containsExactlyElementsOf(asPosted);
    }

    static List<Diagnosis> diagnose(Path log) throws IOException {
        LogDiagnoser diagnoser = new LogDiagnoser();
        try (BufferedReader reader = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            diagnoser.read(log, reader);
        }
        return diagnoser.diagnoses();
    }

    private static List<Diagnosis> diagnose(Path name, String text) throws IOException {
        LogDiagnoser diagnoser = new LogDiagnoser();
        diagnoser.read(name, new StringReader(text));
        return diagnoser.diagnoses();
    }

    private static List<String> details(List<Diagnosis> diagnoses) {
        return diagnoses.stream().map(d -> describe(d) + " " + d.detail()).toList();
    }

    static String describe(Diagnosis d) {
        String names;
        if (d.elementName() != null && d.recordType() == null) {
            names = d.elementName();
        } else if (d.recordType() != null) {
            names = d.recordType() + "/" + (d.field() == null ? "-" : d.field());
        } else {
            names = "-";
        }
        return d.kind().id() + " " + (d.rule() == null ? "-" : d.rule()) + " " + names + " ×" + d.count() + " @"
                + d.line();
    }
}
