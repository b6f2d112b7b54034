package dev.cdlint.report;

/**
 * What a baseline did to a run, for the closing lines of a report.
 *
 * @param baselined findings that matched a baseline entry and so are not in the report
 * @param gone baseline entries that matched no finding: problems that were fixed since the baseline was written
 */
public record BaselineCounts(int baselined, int gone) {

    /** No baseline was used, or it changed nothing. */
    public static final BaselineCounts NONE = new BaselineCounts(0, 0);

    public BaselineCounts {
        if (baselined < 0 || gone < 0) {
            throw new IllegalArgumentException("baseline counts cannot be negative");
        }
    }
}
