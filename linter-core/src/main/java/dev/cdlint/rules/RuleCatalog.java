package dev.cdlint.rules;

import dev.cdlint.diff.SchemaDiffRules;
import dev.cdlint.evolution.EvolutionRules;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every rule cdlint has, each built once per process. */
public final class RuleCatalog {

    private static final List<Rule> RULES = Stream.of(
                    CompatibilityRules.ALL.stream(),
                    SchemaDiffRules.ALL.stream(),
                    EvolutionRules.ALL.stream(),
                    Stream.<Rule>of(new UnusedSuppression(), new ModelUnreadable(), new SwiftDataContainerNotFound()))
            .flatMap(s -> s)
            .sorted(Comparator.comparing(Rule::id))
            .toList();

    private RuleCatalog() {}

    /** All rules, sorted by id. */
    public static List<Rule> all() {
        return RULES;
    }

    public static Optional<Rule> byId(String id) {
        return RULES.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
