package dev.cdlint.finding;

/**
 * What a report says about whatever produces findings of one id: a rule of {@code check}, or a kind of problem
 * {@code cdlint logs} diagnoses. SARIF describes each, so that a viewer shows the summary, rationale and fix
 * beside every result.
 */
public interface RuleDescription {

    /** Kebab-case: the id findings carry. */
    String id();

    Severity defaultSeverity();

    /** One line, no trailing period. */
    String summary();

    /** Why it matters. */
    String rationale();

    /** What to do. */
    String fix();

    /** An input that shows the problem, or an empty string when there is none to show. */
    default String example() {
        return "";
    }
}
