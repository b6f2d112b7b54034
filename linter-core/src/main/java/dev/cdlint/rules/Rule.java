package dev.cdlint.rules;

import dev.cdlint.check.Check;

/**
 * A check of a model. Its id, default severity and documentation are on the class, in
 * {@link dev.cdlint.check.RuleInfo}; the check itself is in {@link ConfigurationRule} or {@link ModelRule}.
 */
public sealed interface Rule extends Check permits ConfigurationRule, ModelRule {}
