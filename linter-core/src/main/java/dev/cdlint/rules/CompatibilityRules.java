package dev.cdlint.rules;

import java.util.List;

/** The rules about what CloudKit mirroring accepts in a model (cloudkit-mapping.md §2-§6, §10). */
final class CompatibilityRules {

    static final List<Rule> ALL = List.of();

    private CompatibilityRules() {}
}
