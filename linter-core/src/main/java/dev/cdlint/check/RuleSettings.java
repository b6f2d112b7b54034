package dev.cdlint.check;

import dev.cdlint.finding.Severity;
import java.util.Map;

/** How a rule runs after configuration: its severity and the option values set in {@code .cdlint.yml}. */
public record RuleSettings(Severity severity, Map<String, Object> options) {

    public RuleSettings {
        options = Map.copyOf(options);
    }

    public static RuleSettings defaults(Check check) {
        return new RuleSettings(check.defaultSeverity(), Map.of());
    }

    @SuppressWarnings("unchecked")
    public <T> T option(RuleOption<T> option) {
        return (T) options.getOrDefault(option.key(), option.defaultValue());
    }
}
