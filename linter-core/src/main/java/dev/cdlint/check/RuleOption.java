package dev.cdlint.check;

import java.util.List;
import java.util.Objects;

/**
 * A setting of a rule in {@code .cdlint.yml}, under {@code rules: {<rule-id>: {<key>: value}}}.
 *
 * @param key kebab-case, as written in the file
 * @param type {@code Integer.class} or {@code List.class} (of strings): the forms the configuration reader checks
 */
public record RuleOption<T>(String key, Class<?> type, T defaultValue, String description) {

    public RuleOption {
        Objects.requireNonNull(key, "key");
        if (type != Integer.class && type != List.class) {
            throw new IllegalArgumentException("unsupported option type " + type);
        }
    }

    public static RuleOption<Integer> integer(String key, int defaultValue, String description) {
        return new RuleOption<>(key, Integer.class, defaultValue, description);
    }

    public static RuleOption<List<String>> names(String key, List<String> defaultValue, String description) {
        return new RuleOption<>(key, List.class, List.copyOf(defaultValue), description);
    }
}
