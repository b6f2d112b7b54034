package dev.cdlint.xcode;

import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The build settings of one target, configuration and platform, resolved as Xcode resolves them (Swift Build's
 * {@code Settings.swift}): from lowest to highest precedence the built-in defaults, the project's .xcconfig, the
 * project's settings, the target's .xcconfig and the target's settings. Within a level a conditional assignment
 * that holds ({@code NAME[sdk=macosx*]}) wins over a plain one, else the later one wins; {@code $(inherited)}
 * and a setting's reference to itself take the value of the level below. {@code $(NAME)} and {@code ${NAME}} are
 * substituted, with the {@code :default=}, {@code :lower}, {@code :upper}, {@code :rfc1034identifier} and
 * {@code :c99extidentifier} operators.
 *
 * <p>A setting no level defines and cdlint does not know as built in is unresolved: it expands to nothing, as in
 * Xcode, but the {@link Value} says so, and checks do not state as fact what depends on it.
 */
public final class BuildSettings {

    /** References nested deeper inside one value, {@code $(A_$(B_$(C…)))}, are not followed. */
    private static final int MAX_DEPTH = 32;
    private static final SourceLocation NOWHERE = SourceLocation.ofFile(Path.of(""));

    /**
     * A resolved value.
     *
     * @param text after substitution
     * @param location where the assignment that gave the value was written, or the file alone for a default
     * @param unresolved the names it referred to that nothing defines, such as {@code AppIdentifierPrefix}
     */
    public record Value(String text, SourceLocation location, Set<String> unresolved) {
        public Value {
            unresolved = Set.copyOf(unresolved);
        }

        public boolean certain() {
            return unresolved.isEmpty();
        }

        /** Whether a file sets it; false for a built-in default, which has no line to point at. */
        public boolean written() {
            return !location.file().toString().isEmpty();
        }
    }

    private final List<SettingsLevel> levels;
    private final String sdk;
    private final String configuration;
    private final Map<String, String> builtIn;
    private final Map<String, Optional<Value>> cache = new HashMap<>();
    /** The settings being resolved: one met again is a loop, {@code A = $(B)}, {@code B = $(A)}. */
    private final Set<String> resolving = new HashSet<>();

    /**
     * @param levels lowest precedence first, the built-in defaults not included
     * @param builtIn settings Xcode sets itself, such as {@code SRCROOT} and {@code TARGET_NAME}
     */
    public BuildSettings(List<SettingsLevel> levels, Platform platform, String configuration,
            Map<String, String> builtIn) {
        this.levels = List.copyOf(levels);
        this.sdk = platform.sdk();
        this.configuration = configuration;
        this.builtIn = Map.copyOf(builtIn);
    }

    /** The settings of a project's target for one configuration and platform. */
    public static BuildSettings of(XcodeProject project, Target target, String configuration, Platform platform) {
        List<SettingsLevel> levels = new ArrayList<>();
        project.configuration(configuration).ifPresent(c -> {
            levels.add(c.xcconfig());
            levels.add(c.settings());
        });
        target.configurations().stream().filter(c -> c.name().equals(configuration)).findFirst().ifPresent(c -> {
            levels.add(c.xcconfig());
            levels.add(c.settings());
        });
        Path root = project.sourceRoot();
        Map<String, String> builtIn = new HashMap<>();
        builtIn.put("SRCROOT", root.toString());
        builtIn.put("PROJECT_DIR", root.toString());
        builtIn.put("SOURCE_ROOT", root.toString());
        builtIn.put("PROJECT_NAME", project.name());
        builtIn.put("TARGET_NAME", target.name());
        builtIn.put("CONFIGURATION", configuration);
        builtIn.put("PLATFORM_NAME", platform.sdk());
        builtIn.put("EFFECTIVE_PLATFORM_NAME", platform.isMac() ? "" : "-" + platform.sdk());
        builtIn.put("PRODUCT_NAME", "$(TARGET_NAME)");
        builtIn.put("EXECUTABLE_NAME", "$(PRODUCT_NAME)");
        builtIn.put("PRODUCT_MODULE_NAME", "$(PRODUCT_NAME:c99extidentifier)");
        builtIn.put("DEVELOPMENT_LANGUAGE", "en");
        builtIn.put("SDKROOT", "macosx");
        builtIn.put("CODE_SIGNING_ALLOWED", "YES");
        // Xcode's own names for entitlements and Info.plist values (Swift Build's PlanningOperation).
        builtIn.put("CFBundleIdentifier", "$(PRODUCT_BUNDLE_IDENTIFIER)");
        builtIn.put("TeamIdentifierPrefix", "$(DEVELOPMENT_TEAM:tiprefix)");
        return new BuildSettings(levels, platform, configuration, builtIn);
    }

    /** The setting's value, or empty when nothing sets it and it has no built-in default. */
    public Optional<Value> get(String name) {
        Optional<Value> known = cache.get(name);
        if (known != null) {
            return known;
        }
        if (!resolving.add(name)) {
            return Optional.of(new Value("", NOWHERE, Set.of(name)));
        }
        try {
            Optional<Value> value = lookup(name, levels.size() - 1);
            cache.put(name, value);
            return value;
        } finally {
            resolving.remove(name);
        }
    }

    /** The setting as a flag: {@code YES} (any case) is true. Unset is false. */
    public boolean isYes(String name) {
        return get(name).map(v -> v.text().strip().equalsIgnoreCase("YES")).orElse(false);
    }

    /** Substitutes the settings a text refers to: a value in an entitlements file or Info.plist. */
    public Value expand(String text, SourceLocation location) {
        Set<String> unresolved = new LinkedHashSet<>();
        String expanded = substitute(text, levels.size() - 1, null, unresolved, 0);
        return new Value(expanded, location, unresolved);
    }

    /** The value the levels from {@code fromLevel} down give the setting, else its built-in default. */
    private Optional<Value> lookup(String name, int fromLevel) {
        for (int level = fromLevel; level >= 0; level--) {
            Optional<Assignment> assignment = effective(levels.get(level), name);
            if (assignment.isPresent()) {
                Set<String> unresolved = new LinkedHashSet<>();
                String text = substitute(assignment.get().value(), level, name, unresolved, 0);
                return Optional.of(new Value(text, assignment.get().location(), unresolved));
            }
        }
        String builtInValue = builtIn.get(name);
        if (builtInValue == null) {
            return Optional.empty();
        }
        Set<String> unresolved = new LinkedHashSet<>();
        String text = substitute(builtInValue, -1, name, unresolved, 0);
        return Optional.of(new Value(text, NOWHERE, unresolved));
    }

    /** The assignment of a level that applies: a holding conditional one before a plain one, else the last. */
    private Optional<Assignment> effective(SettingsLevel level, String name) {
        Assignment best = null;
        for (Assignment assignment : level.assignments()) {
            if (assignment.name().equals(name) && assignment.holds(sdk, configuration)
                    && (best == null || assignment.conditions().size() >= best.conditions().size())) {
                best = assignment;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Substitutes references in a value set at {@code level} for {@code owner} (null in an entitlements or plist
     * value): {@code $(inherited)} and {@code $(owner)} take the value below that level.
     */
    private String substitute(String text, int level, String owner, Set<String> unresolved, int depth) {
        if (depth > MAX_DEPTH || text.indexOf('$') < 0) {
            if (depth > MAX_DEPTH) {
                unresolved.add(owner == null ? "…" : owner);
            }
            return text;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && (text.charAt(i + 1) == '(' || text.charAt(i + 1) == '{')) {
                char close = text.charAt(i + 1) == '(' ? ')' : '}';
                int end = matching(text, i + 2, text.charAt(i + 1), close);
                if (end < 0) {
                    out.append(text, i, text.length());
                    break;
                }
                String inner = substitute(text.substring(i + 2, end), level, owner, unresolved, depth + 1);
                out.append(reference(inner, level, owner, unresolved));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int matching(String text, int from, char open, char close) {
        int nesting = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open) {
                nesting++;
            } else if (c == close) {
                if (nesting == 0) {
                    return i;
                }
                nesting--;
            }
        }
        return -1;
    }

    private String reference(String reference, int level, String owner, Set<String> unresolved) {
        int colon = reference.indexOf(':');
        String name = (colon < 0 ? reference : reference.substring(0, colon)).strip();
        String operator = colon < 0 ? "" : reference.substring(colon + 1);
        Optional<Value> value;
        if (name.equals("inherited") || name.equals(owner)) {
            value = owner == null ? Optional.empty() : lookup(owner, level - 1);
            if (value.isEmpty()) {
                return "";
            }
        } else {
            value = get(name);
        }
        value.ifPresent(v -> unresolved.addAll(v.unresolved()));
        String text = value.map(Value::text).orElse("");
        if (operator.startsWith("default=")) {
            return text.isEmpty() ? operator.substring("default=".length()) : text;
        }
        if (value.isEmpty()) {
            unresolved.add(name);
        }
        return switch (operator) {
            case "" -> text;
            case "lower" -> text.toLowerCase(Locale.ROOT);
            case "upper" -> text.toUpperCase(Locale.ROOT);
            case "rfc1034identifier" -> text.replaceAll("[^A-Za-z0-9.-]", "-");
            case "c99extidentifier", "identifier" -> text.replaceAll("[^A-Za-z0-9_]", "_");
            // TeamIdentifierPrefix: the team and a dot, or nothing without a team (Swift Build).
            case "tiprefix" -> text.isEmpty() ? "" : text + ".";
            default -> {
                unresolved.add(name + ":" + operator);
                yield text;
            }
        };
    }
}
