package dev.cdlint.check;

import dev.cdlint.finding.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Everything a user reads about a check, on the check's class (or enum constant), so that {@code cdlint rules},
 * {@code cdlint explain}, SARIF rule descriptions and the rule docs all come from one place.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface RuleInfo {

    /** Kebab-case, and says what is wrong: {@code relationship-missing-inverse}. */
    String id();

    Severity severity();

    /** One line, no trailing period. */
    String summary();

    /** Why it matters, with the fact it rests on. */
    String rationale();

    /** Where the fact comes from: a section of {@code docs/cloudkit.md} ({@link Sources#CLOUDKIT}), primary sources. */
    String source();

    /** What goes wrong at run time when this ships: the error text users would see, or the silent failure. */
    String runtimeError();

    /** How to fix it, as steps in the model editor or CloudKit Console. */
    String fix();

    /** A minimal input that triggers the check: a model XML or schema fragment, a Swift declaration, a log line. */
    String example();
}
