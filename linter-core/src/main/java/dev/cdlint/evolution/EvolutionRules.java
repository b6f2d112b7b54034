package dev.cdlint.evolution;

import dev.cdlint.rules.Rule;
import java.util.List;

/**
 * The rules that compare a model with the model production was deployed from (docs/cloudkit.md#evolution). They
 * run only when one is given: {@code --against-model}, {@code --against-ref} or {@code against-ref:}.
 */
public final class EvolutionRules {

    public static final List<Rule> ALL = List.of(
            new FieldTypeChanged(),
            new EncryptionChanged(),
            new RecordTypeChanged(),
            new CardinalityChanged(),
            new RenamedWithIdentifier(),
            new ProbableRename(),
            new ElementRemoved(),
            new DeployNeeded(),
            new ModelMoved());

    private EvolutionRules() {}
}
