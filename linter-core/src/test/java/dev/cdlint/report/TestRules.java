package dev.cdlint.report;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.finding.Severity;
import dev.cdlint.rules.ModelContext;
import dev.cdlint.rules.ModelRule;
import dev.cdlint.rules.Rule;
import java.util.List;

/** Rules that exist only for report tests, so that no expectation changes when the real catalogue does. */
public final class TestRules {

    private TestRules() {}

    /** In id order, as {@code Catalog.rules()} lists rules. */
    public static final List<Rule> ALL =
            List.of(new NoConfiguration(), new Quiet(), new RequiredNoDefault(), new UniqueConstraint());

    /** Does nothing: these rules only carry their {@link RuleInfo}. */
    private abstract static class Inert implements ModelRule {
        @Override
        public void check(ModelContext context) { }
    }

    @RuleInfo(id = "test-no-configuration", severity = Severity.INFO,
            summary = "The model has no configuration for CloudKit",
            rationale = "Without one, every entity syncs.",
            source = "test", runtimeError = "none", fix = "Add a configuration.",
            example = "<configuration name=\"Cloud\"/>")
    static final class NoConfiguration extends Inert { }

    @RuleInfo(id = "test-quiet", severity = Severity.WARNING,
            summary = "A rule that finds nothing in the test report",
            rationale = "It shows how a rule without findings is reported.",
            source = "test", runtimeError = "none", fix = "Nothing to fix.",
            example = "RECORD TYPE CD_Note (CD_title STRING)")
    static final class Quiet extends Inert { }

    @RuleInfo(id = "test-required-no-default", severity = Severity.ERROR,
            summary = "A required attribute has no default value",
            rationale = "CloudKit cannot enforce required fields, so records may arrive without the value.",
            source = "test", runtimeError = "CloudKit integration requires that all attributes be optional",
            fix = "Make the attribute optional, or give it a default value.",
            example = "<attribute name=\"title\" optional=\"NO\" attributeType=\"String\"/>")
    static final class RequiredNoDefault extends Inert { }

    @RuleInfo(id = "test-unique-constraint", severity = Severity.WARNING,
            summary = "An entity has a uniqueness constraint",
            rationale = "CloudKit cannot enforce uniqueness across devices.",
            source = "test", runtimeError = "CloudKit integration does not support unique constraints",
            fix = "Remove the constraint and deduplicate in code.",
            example = "<uniquenessConstraints><uniquenessConstraint><constraint value=\"id\"/>"
                    + "</uniquenessConstraint></uniquenessConstraints>")
    static final class UniqueConstraint extends Inert { }
}
