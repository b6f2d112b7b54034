package dev.cdlint.rules;

import dev.cdlint.finding.RuleDescription;
import dev.cdlint.finding.Severity;
import java.util.List;

/**
 * A check. Its id, default severity and documentation are on the class, in {@link RuleInfo}; the check itself is
 * in {@link ConfigurationRule} or {@link ModelRule}.
 */
public sealed interface Rule extends RuleDescription permits ConfigurationRule, ModelRule {

    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
        }
        return info;
    }

    @Override
    default String id() {
        return info().id();
    }

    @Override
    default Severity defaultSeverity() {
        return info().severity();
    }

    @Override
    default String summary() {
        return info().summary();
    }

    @Override
    default String rationale() {
        return info().rationale();
    }

    @Override
    default String fix() {
        return info().fix();
    }

    @Override
    default String example() {
        return info().example();
    }

    /** The options {@code .cdlint.yml} may set for this rule, with their defaults. */
    default List<RuleOption<?>> options() {
        return List.of();
    }
}
