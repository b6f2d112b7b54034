package dev.cdlint.check;

import dev.cdlint.finding.Severity;
import java.util.List;

/**
 * Anything that produces findings of one id: a rule of {@code cdlint check}, or a kind of problem
 * {@code cdlint logs} diagnoses. Its documentation is {@link RuleInfo}, on the check's class, or on the enum
 * constant for a check that is one value of an enum; {@code cdlint rules}, {@code cdlint explain}, SARIF rule
 * descriptors, JUnit and {@code docs/rules.md} read it from there.
 */
public interface Check {

    default RuleInfo info() {
        return Metadata.of(this);
    }

    /** Kebab-case: the id findings carry. */
    default String id() {
        return info().id();
    }

    default Severity defaultSeverity() {
        return info().severity();
    }

    /** One line, no trailing period. */
    default String summary() {
        return info().summary();
    }

    /** Why it matters. */
    default String rationale() {
        return info().rationale();
    }

    /** What to do. */
    default String fix() {
        return info().fix();
    }

    /** An input that shows the problem. */
    default String example() {
        return info().example();
    }

    /** The options {@code .cdlint.yml} may set for this check, with their defaults. */
    default List<RuleOption<?>> options() {
        return List.of();
    }
}
