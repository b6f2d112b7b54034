package dev.cdlint.engine;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.finding.Finding;
import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.rules.ModelContext;
import dev.cdlint.source.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Suppressions written in the model itself: {@value #KEY} in an element's User Info, a comma-separated list of
 * rule ids or {@value #ALL}. The model editor shows User Info in the Data Model inspector, so a suppression lives
 * next to the element it excuses and is reviewed with it. One on an entity covers its properties too.
 */
final class Suppressions {

    static final String KEY = "cdlint.disable";
    static final String ALL = "all";

    /** One suppression entry: an element and one rule id (or "all") it disables. */
    private record Entry(String entity, String property, String ruleId, SourceLocation location) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Set<Entry> used = new LinkedHashSet<>();

    Suppressions(ModelVersion version) {
        for (Entity entity : version.entities()) {
            add(entity.name(), null, entity.userInfo(), entity.location());
            entity.properties().forEach(p -> add(entity.name(), p.name(), p.userInfo(), p.location()));
        }
    }

    private void add(String entity, String property, Map<String, String> userInfo, SourceLocation location) {
        String value = userInfo.get(KEY);
        if (value == null) {
            return;
        }
        Arrays.stream(value.split(",")).map(String::trim).filter(id -> !id.isEmpty())
                .forEach(id -> entries.add(new Entry(entity, property, id, location)));
    }

    /** Whether a suppression covers the finding; the suppression is then counted as used. */
    boolean suppresses(Finding finding) {
        if (finding.entity() == null) {
            return false;
        }
        Optional<Entry> match = entries.stream()
                .filter(e -> e.entity().equals(finding.entity()))
                .filter(e -> e.property() == null || e.property().equals(finding.property()))
                .filter(e -> e.ruleId().equals(ALL) || e.ruleId().equals(finding.rule()))
                .findFirst();
        match.ifPresent(used::add);
        return match.isPresent();
    }

    /** Suppressions that matched no finding: stale ones that would hide the next real problem, or typos. */
    void reportUnused(ModelContext context) {
        for (Entry entry : entries) {
            if (used.contains(entry)) {
                continue;
            }
            String element = entry.property() == null ? entry.entity() : entry.entity() + "." + entry.property();
            boolean known = entry.ruleId().equals(ALL) || Catalog.byId(entry.ruleId()).isPresent();
            String message = known
                    ? KEY + " on " + element + " disables '" + entry.ruleId() + "', but nothing here is reported by"
                            + " it; remove the suppression so it cannot hide a future problem"
                    : KEY + " on " + element + " names '" + entry.ruleId() + "', which is not a cdlint rule"
                            + " (see 'cdlint rules')";
            context.report(entry.location(), entry.entity(), entry.property(), message);
        }
    }
}
