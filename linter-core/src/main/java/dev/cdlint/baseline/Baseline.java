package dev.cdlint.baseline;

import dev.cdlint.finding.Finding;
import dev.cdlint.report.BaselineCounts;
import dev.cdlint.report.Fingerprint;
import dev.cdlint.report.PrettyJson;
import dev.cdlint.report.WorkingDirectory;
import dev.cdlint.source.InputException;
import dev.cdlint.source.OutputFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a project has accepted for now, so that a linter adopted on an existing model fails only on new
 * problems. Findings match entries by {@link Fingerprint}, which survives line moves, reworded messages and new
 * model versions; matching counts, so two identical findings need two entries.
 *
 * <p>The file is JSON, sorted and one value per line so that it diffs well in review:
 * <pre>
 * {
 *   "version": 1,
 *   "findings": [
 *     {
 *       "rule": "relationship-missing-inverse",
 *       "fingerprint": "3f2a9c0b17d4e8a1",
 *       "file": "App/Model.xcdatamodeld/Model.xcdatamodel/contents",
 *       "element": "Note.tags",
 *       "message": "..."
 *     }
 *   ]
 * }
 * </pre>
 * Only {@code rule} and {@code fingerprint} are read back; {@code file}, {@code element} and {@code message} are
 * there for the people reviewing the file.
 */
public final class Baseline {

    /** The file format version this class writes and reads. */
    public static final int VERSION = 1;

    /**
     * One accepted finding.
     *
     * @param file relative to the working directory the baseline was written in, for reading only
     * @param element {@code Entity.property}, {@code RecordType.field} or the like, for reading only; may be null
     * @param message for reading only
     */
    public record Entry(String rule, String fingerprint, String file, String element, String message) {}

    /**
     * What is left of a run's findings after the baseline.
     *
     * @param newFindings the findings no entry matched, in their original order
     * @param baselinedCount the findings an entry matched
     * @param goneCount the entries no finding matched: fixed since the baseline was written
     */
    public record Result(List<Finding> newFindings, int baselinedCount, int goneCount) {

        public Result {
            newFindings = List.copyOf(newFindings);
        }

        /** The counts a report's closing lines mention. */
        public BaselineCounts counts() {
            return new BaselineCounts(baselinedCount, goneCount);
        }
    }

    private static final Comparator<Entry> FILE_ORDER = Comparator
            .comparing(Entry::file)
            .thenComparing(Entry::rule)
            .thenComparing(Entry::element, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Entry::fingerprint)
            .thenComparing(Entry::message);

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Entries for the findings, sorted as the file lists them. */
    public static Baseline of(List<Finding> findings, Path workingDirectory) {
        WorkingDirectory directory = new WorkingDirectory(workingDirectory);
        List<Entry> entries = new ArrayList<>();
        for (Finding finding : findings) {
            entries.add(new Entry(finding.rule(), Fingerprint.of(finding),
                    directory.display(finding.location().file()), element(finding), finding.message()));
        }
        entries.sort(FILE_ORDER);
        return new Baseline(entries);
    }

    /** Writes a baseline accepting these findings, in one step (see {@link OutputFile#write}). */
    public static void write(List<Finding> findings, OutputFile file, Path workingDirectory) throws IOException {
        file.write(out -> of(findings, workingDirectory).writeTo(out));
    }

    /** Reads a baseline file; a missing, malformed or unsupported file is an {@link InputException}. */
    public static Baseline read(Path file) {
        return new Baseline(BaselineReader.read(file));
    }

    public List<Entry> entries() {
        return entries;
    }

    public void writeTo(Writer out) throws IOException {
        PrettyJson.write(out, json -> {
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeArrayFieldStart("findings");
            for (Entry entry : entries) {
                json.writeStartObject();
                json.writeStringField("rule", entry.rule());
                json.writeStringField("fingerprint", entry.fingerprint());
                json.writeStringField("file", entry.file());
                PrettyJson.stringOrNull(json, "element", entry.element());
                json.writeStringField("message", entry.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** Takes out the findings that entries account for, each entry accounting for one finding. */
    public Result apply(List<Finding> findings) {
        Map<String, Integer> unmatched = new HashMap<>();
        for (Entry entry : entries) {
            unmatched.merge(key(entry.rule(), entry.fingerprint()), 1, Integer::sum);
        }
        List<Finding> newFindings = new ArrayList<>();
        int baselined = 0;
        for (Finding finding : findings) {
            String key = key(finding.rule(), Fingerprint.of(finding));
            int left = unmatched.getOrDefault(key, 0);
            if (left > 0) {
                unmatched.put(key, left - 1);
                baselined++;
            } else {
                newFindings.add(finding);
            }
        }
        int gone = unmatched.values().stream().mapToInt(Integer::intValue).sum();
        return new Result(newFindings, baselined, gone);
    }

    /** The fingerprint hashes the rule id too; keying on both keeps a hand-edited rule id meaningful. */
    private static String key(String rule, String fingerprint) {
        return rule + "\u0000" + fingerprint;
    }

    private static String element(Finding finding) {
        String schemaElement = finding.recordType() == null ? finding.field()
                : finding.field() == null ? finding.recordType() : finding.recordType() + "." + finding.field();
        String element = finding.elementName() != null ? finding.elementName() : schemaElement;
        if (finding.configuration() == null) {
            return element;
        }
        return element == null ? "configuration " + finding.configuration()
                : element + " in " + finding.configuration();
    }
}
