package dev.cdlint.report;

import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one small run every golden file shows: two models (a bundle with a space in its version folder and a
 * stand-alone model), all three severities, a finding with no element and no line, and a message with the
 * characters each format must escape.
 */
public final class ReportFixture {

    private ReportFixture() {}

    public static final Path WORKING_DIRECTORY = Path.of("/project");
    public static final Path BUNDLE = WORKING_DIRECTORY.resolve("App/Model.xcdatamodeld");
    public static final Path BUNDLE_CONTENTS = BUNDLE.resolve("Model 2.xcdatamodel/contents");
    public static final Path STANDALONE = WORKING_DIRECTORY.resolve("Widget/Cache.xcdatamodel");
    public static final Path STANDALONE_CONTENTS = STANDALONE.resolve("contents");

    /** Commas, colons, percent signs, quotes, angle brackets, an ampersand and a newline. */
    public static final String AWKWARD_MESSAGE =
            "Note.tags: 100% of \"tag\" values, <unique> & <indexed>,\nso dedupe them: by hand";

    public static List<Finding> findings() {
        return Stream.of(
                        new Finding("test-required-no-default", Severity.ERROR,
                                "Note.title is required but has no default value",
                                new SourceLocation(BUNDLE_CONTENTS, 12, 5), "Note", "title", null, null, null),
                        new Finding("test-unique-constraint", Severity.WARNING, AWKWARD_MESSAGE,
                                new SourceLocation(BUNDLE_CONTENTS, 30, 9), "Note", "tags", "Cloud", null, null),
                        new Finding("test-no-configuration", Severity.INFO,
                                "The model has no configuration for CloudKit",
                                SourceLocation.ofFile(BUNDLE_CONTENTS), null, null, null, null, null),
                        new Finding("test-required-no-default", Severity.ERROR,
                                "Item.name is required but has no default value",
                                new SourceLocation(STANDALONE_CONTENTS, 3, 7), "Item", "name", "Default",
                                "CD_Item", "CD_name"))
                .sorted(Finding.REPORT_ORDER)
                .toList();
    }

    public static Report report() {
        return report(findings(), new BaselineCounts(2, 1));
    }

    public static Report report(List<Finding> findings, BaselineCounts baseline) {
        return report(findings, baseline, 0);
    }

    public static Report report(List<Finding> findings, BaselineCounts baseline, int notCloudKitEnabled) {
        return new Report("1.2.3", new WorkingDirectory(WORKING_DIRECTORY), List.of(BUNDLE, STANDALONE), findings,
                TestRules.ALL, baseline, Optional.of(Severity.ERROR), Map.of(), notCloudKitEnabled);
    }
}
