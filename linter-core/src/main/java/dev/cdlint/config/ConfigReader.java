package dev.cdlint.config;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.check.Check;
import dev.cdlint.check.RuleOption;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.source.Excerpt;
import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code .cdlint.yml}. Every key is known and every value checked: a typo in a rule id or a severity is an
 * error at its line, never a setting that silently does nothing.
 *
 * <pre>
 * schema: cloudkit/production.ckdb      # compare with this production schema
 * against-ref: origin/main              # and the model with itself at this git revision
 * scopes:                               # configurations to check, and their database
 *   Default: private
 *   Public: public
 *   Local: none                         # never synced: not checked, whatever the model says
 * rules:
 *   decimal-precision: off              # off | info | warning | error
 *   record-type-field-limit:
 *     severity: error
 *     warn-above: 180                   # a rule's options
 * sharing: true                         # the app shares records with other users
 * exclude:                              # models not to lint: globs relative to this file
 *   - Vendor
 *   - Tests/Fixtures
 * </pre>
 */
public final class ConfigReader {

    private static final List<String> TOP_LEVEL_KEYS = List.of("schema", "scopes", "rules", "against-ref",
            "sharing", "exclude");
    private static final String OFF = "off";

    private ConfigReader() {}

    /** Loads the YAML parser ahead of the first configuration file. */
    public static void prepare() {
        YamlTreeReader.prepare();
    }

    /**
     * The nearest {@value LintConfig#FILE_NAME} in the folder of the path or above it. A file found this way comes
     * with the tree being checked, so it must be a regular file in the folder it is found in, symbolic links
     * followed: a repository's {@code .cdlint.yml} that links to a file elsewhere on the machine (a credentials
     * file, say) is refused before it is read, and never quoted. A file elsewhere can be named with
     * {@code --config}.
     *
     * @throws InputException when the nearest one leads outside its folder
     */
    public static Optional<Path> find(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(LintConfig.FILE_NAME);
            if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                if (!realPathInside(candidate, dir)) {
                    throw new InputException(SourceLocation.ofFile(candidate), "refusing to read the configuration:"
                            + " it is a symbolic link to a file outside the folder that holds it; a "
                            + LintConfig.FILE_NAME + " found above a model must be in the tree being checked (name a"
                            + " file elsewhere with --config)");
                }
                return Optional.of(candidate); // read() says why, if it is not a regular file
            }
        }
        return Optional.empty();
    }

    /** Reads a configuration file: one found by {@link #find}, or one the user named. */
    public static LintConfig read(Path file) {
        Optional<String> notRegular = IoReasons.notRegularFile(file);
        if (notRegular.isPresent()) {
            throw new InputException(SourceLocation.ofFile(file), "cannot read the configuration: "
                    + notRegular.get());
        }
        YamlNode root = YamlTreeReader.read(file);
        if (root == null) {
            return new LintConfig(file, null, Map.of(), Map.of());
        }
        if (!(root instanceof YamlNode.Mapping top)) {
            // The whole file is one value: quote no more than a token of it, since a file that is not a
            // configuration at all (a token, a URL with a password) is exactly what this is.
            throw error(root, "expected a map of settings, found " + (root instanceof YamlNode.Scalar text
                    ? "the text " + Excerpt.quoted(text.text(), Excerpt.TOKEN) : root.describe()));
        }
        Path schema = null;
        Map<String, DatabaseScope> scopes = Map.of();
        Map<String, SourceLocation> scopeKeys = new LinkedHashMap<>();
        Map<String, LintConfig.RuleConfig> rules = Map.of();
        String againstRef = null;
        boolean sharing = false;
        List<ExcludeGlob> exclude = List.of();
        for (var entry : top.entries().entrySet()) {
            String key = entry.getKey().text();
            switch (key) {
                case "schema" -> schema = insideTree(file, scalar(entry.getValue(), "schema"), "schema");
                case "against-ref" -> againstRef = scalar(entry.getValue(), "against-ref").text();
                case "scopes" -> scopes = scopes(entry.getValue(), scopeKeys);
                case "rules" -> rules = rules(entry.getValue());
                case "sharing" -> sharing = bool(scalar(entry.getValue(), "sharing"), "sharing");
                case "exclude" -> exclude = exclude(file, entry.getValue());
                default -> throw unknown(entry.getKey(), "key", TOP_LEVEL_KEYS);
            }
        }
        return new LintConfig(file, schema, scopes, rules, againstRef, scopeKeys, sharing, exclude);
    }

    private static boolean bool(YamlNode.Scalar value, String path) {
        return switch (value.text()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(value, path + ": " + value.describe() + " is not true or false");
        };
    }

    /** A list of globs, or one glob on its own, relative to the configuration file's folder. */
    private static List<ExcludeGlob> exclude(Path configFile, YamlNode node) {
        List<YamlNode> items = node instanceof YamlNode.Sequence list ? list.items() : List.of(node);
        Path folder = configFile.toAbsolutePath().getParent();
        List<ExcludeGlob> globs = new ArrayList<>();
        for (YamlNode item : items) {
            YamlNode.Scalar glob = scalar(item, "exclude");
            try {
                globs.add(new ExcludeGlob(folder, glob.text()));
            } catch (IllegalArgumentException e) {
                throw error(glob, "exclude: " + e.getMessage());
            }
        }
        return globs;
    }

    /**
     * A path the file names, resolved against its folder. It must stay in that folder's tree, symbolic links
     * followed, and is refused before anything reads it: a pull request's configuration must not make cdlint
     * read, and quote in a CI log, a file from elsewhere on the machine.
     */
    private static Path insideTree(Path configFile, YamlNode.Scalar value, String key) {
        Path dir = configFile.toAbsolutePath().normalize().getParent();
        Path path;
        try {
            path = dir.resolve(value.text()).normalize();
        } catch (InvalidPathException e) {
            throw error(value, key + ": " + value.describe() + " is not a path");
        }
        if (!path.startsWith(dir) || !realPathInside(path, dir)) {
            throw error(value, key + ": " + value.describe() + " is outside the folder that holds "
                    + LintConfig.FILE_NAME + "; a path in it must stay inside that folder or below (a schema"
                    + " elsewhere can be named with --against)");
        }
        return path;
    }

    /** Whether the file, if it exists, is inside {@code dir} once symbolic links are followed. */
    private static boolean realPathInside(Path path, Path dir) {
        try {
            return !Files.exists(path) || path.toRealPath().startsWith(dir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, DatabaseScope> scopes(YamlNode node, Map<String, SourceLocation> keys) {
        Map<String, DatabaseScope> scopes = new LinkedHashMap<>();
        for (var entry : mapping(node, "scopes").entries().entrySet()) {
            YamlNode.Scalar value = scalar(entry.getValue(), "scopes." + entry.getKey().text());
            DatabaseScope scope = DatabaseScope.fromId(value.text()).orElseThrow(() -> error(value,
                    "scopes." + entry.getKey().text() + ": " + value.describe() + " is not a database scope; use one of "
                            + DatabaseScope.ids()));
            scopes.put(entry.getKey().text(), scope);
            keys.put(entry.getKey().text(), entry.getKey().location());
        }
        return scopes;
    }

    private static Map<String, LintConfig.RuleConfig> rules(YamlNode node) {
        Map<String, LintConfig.RuleConfig> rules = new LinkedHashMap<>();
        for (var entry : mapping(node, "rules").entries().entrySet()) {
            String id = entry.getKey().text();
            Check rule = Catalog.configurable(id).orElseThrow(() -> unknown(entry.getKey(), "rule",
                    Catalog.all().stream().map(Check::id).filter(known -> Catalog.configurable(known).isPresent())
                            .toList()));
            rules.put(id, ruleConfig(rule, entry.getValue()));
        }
        return rules;
    }

    /** Either a level on its own ({@code decimal-precision: off}) or a map with {@code severity} and options. */
    private static LintConfig.RuleConfig ruleConfig(Check rule, YamlNode node) {
        String path = "rules." + rule.id();
        if (node instanceof YamlNode.Scalar level) {
            return level(level, path, Map.of());
        }
        YamlNode.Mapping settings = mapping(node, path);
        YamlNode.Scalar level = null;
        Map<String, Object> options = new LinkedHashMap<>();
        List<String> known = new ArrayList<>(List.of("severity"));
        rule.options().forEach(o -> known.add(o.key()));
        for (var entry : settings.entries().entrySet()) {
            String key = entry.getKey().text();
            if (key.equals("severity")) {
                level = scalar(entry.getValue(), path + ".severity");
                continue;
            }
            RuleOption<?> option = rule.options().stream().filter(o -> o.key().equals(key)).findFirst()
                    .orElseThrow(() -> unknown(entry.getKey(), "option of " + rule.id(), known));
            options.put(key, optionValue(option, entry.getValue(), path + "." + key));
        }
        return level == null ? new LintConfig.RuleConfig(Optional.empty(), false, options)
                : level(level, path, options);
    }

    private static LintConfig.RuleConfig level(YamlNode.Scalar level, String path, Map<String, Object> options) {
        if (level.text().equals(OFF)) {
            return new LintConfig.RuleConfig(Optional.empty(), true, options);
        }
        Severity severity = Severity.fromId(level.text()).orElseThrow(() -> error(level, path + ": "
                + level.describe() + " is not a level; use off, info, warning or error"));
        return new LintConfig.RuleConfig(Optional.of(severity), false, options);
    }

    private static Object optionValue(RuleOption<?> option, YamlNode node, String path) {
        if (option.type() == Integer.class) {
            YamlNode.Scalar value = scalar(node, path);
            try {
                int number = Integer.parseInt(value.text().trim());
                if (number < 0) {
                    throw new NumberFormatException();
                }
                return number;
            } catch (NumberFormatException e) {
                throw error(value, path + ": " + value.describe() + " is not a whole number of 0 or more");
            }
        }
        if (!(node instanceof YamlNode.Sequence list)) {
            throw error(node, path + ": expected a list of names, found " + node.describe());
        }
        return list.items().stream().map(item -> scalar(item, path).text()).toList();
    }

    private static YamlNode.Mapping mapping(YamlNode node, String path) {
        if (node instanceof YamlNode.Mapping map) {
            return map;
        }
        throw error(node, path + ": expected a map, found " + node.describe());
    }

    private static YamlNode.Scalar scalar(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.text().isEmpty()) {
            return scalar;
        }
        throw error(node, path + ": expected a value, found " + (node instanceof YamlNode.Scalar ? "nothing"
                : node.describe()));
    }

    private static InputException unknown(YamlNode.Scalar key, String what, List<String> known) {
        return error(key, "unknown " + what + " " + key.describe() + "; known: " + String.join(", ", known));
    }

    private static InputException error(YamlNode node, String message) {
        return new InputException(node.location(), message);
    }
}
