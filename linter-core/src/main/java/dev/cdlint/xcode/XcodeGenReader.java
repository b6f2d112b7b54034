package dev.cdlint.xcode;

import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import dev.cdlint.source.yaml.YamlNode;
import dev.cdlint.source.yaml.YamlTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an XcodeGen {@code project.yml} into the project it generates, for repositories that commit the spec and
 * not the project: {@code settings} ({@code base} and {@code configs}, or a flat map), {@code configFiles},
 * {@code configs}, and per target {@code type}, {@code platform}, {@code sources}, {@code entitlements.path} and
 * {@code info.path}, which XcodeGen turns into {@code CODE_SIGN_ENTITLEMENTS} and {@code INFOPLIST_FILE} (per
 * XcodeGen's ProjectSpec). Specs it includes and setting groups are not read.
 */
public final class XcodeGenReader {

    private static final List<String> DEFAULT_CONFIGURATIONS = List.of("Debug", "Release");

    private final Path file;
    private final Path root;
    private final InsideTree tree;
    private final List<InputException> problems = new ArrayList<>();

    private XcodeGenReader(Path file, InsideTree tree) {
        this.file = file;
        this.root = file.toAbsolutePath().normalize().getParent();
        this.tree = tree;
    }

    /** @throws InputException when the file is not a readable spec */
    public static XcodeProject read(Path file, InsideTree tree) {
        YamlNode top = YamlTreeReader.read(file, "a project.yml");
        if (!(top instanceof YamlNode.Mapping spec)) {
            throw new InputException(top == null ? SourceLocation.ofFile(file) : top.location(),
                    "not an XcodeGen spec: the file holds no map");
        }
        return new XcodeGenReader(file, tree).project(spec);
    }

    private XcodeProject project(YamlNode.Mapping spec) {
        String name = scalar(spec, "name").map(YamlNode.Scalar::text).orElse(String.valueOf(root.getFileName()));
        List<String> configurationNames = mapping(spec, "configs")
                .map(m -> m.entries().keySet().stream().map(YamlNode.Scalar::text).toList())
                .filter(names -> !names.isEmpty()).orElse(DEFAULT_CONFIGURATIONS);
        List<BuildConfiguration> configurations = configurations(spec, configurationNames, List.of());
        List<Target> targets = new ArrayList<>();
        mapping(spec, "targets").ifPresent(all -> all.entries().forEach((key, value) -> {
            if (value instanceof YamlNode.Mapping target) {
                targets.add(target(key, target, configurationNames));
            }
        }));
        return new XcodeProject(file, root, name, configurations, targets, problems);
    }

    private Target target(YamlNode.Scalar name, YamlNode.Mapping target, List<String> configurationNames) {
        List<Assignment> generated = new ArrayList<>();
        scalar(target, "platform").ifPresent(platform -> Platform.ofName(platform.text()).ifPresent(p ->
                generated.add(new Assignment("SDKROOT", List.of(), p.sdk(), platform.location()))));
        pathOf(target, "entitlements").ifPresent(path ->
                generated.add(new Assignment("CODE_SIGN_ENTITLEMENTS", List.of(), path.text(), path.location())));
        pathOf(target, "info").ifPresent(path ->
                generated.add(new Assignment("INFOPLIST_FILE", List.of(), path.text(), path.location())));
        String type = scalar(target, "type").map(YamlNode.Scalar::text).orElse("");
        return new Target(name.text(), "com.apple.product-type." + type, name.location(),
                configurations(target, configurationNames, generated), sources(target));
    }

    /** {@code entitlements: {path: …}} or {@code info: {path: …}}. */
    private static Optional<YamlNode.Scalar> pathOf(YamlNode.Mapping target, String key) {
        return mapping(target, key).flatMap(m -> scalar(m, "path"));
    }

    private List<BuildConfiguration> configurations(YamlNode.Mapping owner, List<String> names,
            List<Assignment> generated) {
        List<BuildConfiguration> configurations = new ArrayList<>();
        Optional<YamlNode.Mapping> settings = mapping(owner, "settings");
        boolean structured = settings.map(s -> s.entries().keySet().stream()
                .anyMatch(k -> k.text().equals("base") || k.text().equals("configs") || k.text().equals("groups")))
                .orElse(false);
        for (String configuration : names) {
            List<Assignment> assignments = new ArrayList<>(generated);
            if (structured) {
                settings.flatMap(s -> mapping(s, "base")).ifPresent(base -> assign(base, assignments));
                settings.flatMap(s -> mapping(s, "configs")).flatMap(c -> entryFor(c, configuration))
                        .filter(YamlNode.Mapping.class::isInstance)
                        .ifPresent(values -> assign((YamlNode.Mapping) values, assignments));
            } else {
                settings.ifPresent(flat -> assign(flat, assignments));
            }
            SettingsLevel xcconfig = mapping(owner, "configFiles").flatMap(c -> entryFor(c, configuration))
                    .filter(YamlNode.Scalar.class::isInstance).map(path -> xcconfig((YamlNode.Scalar) path))
                    .orElse(SettingsLevel.EMPTY);
            configurations.add(new BuildConfiguration(configuration, owner.location(), xcconfig,
                    new SettingsLevel(String.valueOf(file.getFileName()), assignments)));
        }
        return configurations;
    }

    /** XcodeGen matches configuration names in settings and configFiles without regard to case. */
    private static Optional<YamlNode> entryFor(YamlNode.Mapping map, String configuration) {
        return map.entries().entrySet().stream()
                .filter(e -> e.getKey().text().toLowerCase(Locale.ROOT).equals(configuration.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue).findFirst();
    }

    private static void assign(YamlNode.Mapping settings, List<Assignment> into) {
        settings.entries().forEach((key, value) -> {
            String text = value(value);
            if (text != null) {
                into.add(Assignment.parse(key.text(), text, key.location()));
            }
        });
    }

    /** A setting's value: YAML booleans as Xcode's YES and NO, lists joined by spaces. */
    private static String value(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            return switch (scalar.text()) {
                case "true" -> "YES";
                case "false" -> "NO";
                default -> scalar.text();
            };
        }
        if (node instanceof YamlNode.Sequence list) {
            return list.items().stream().map(XcodeGenReader::value).filter(v -> v != null)
                    .collect(Collectors.joining(" "));
        }
        return null;
    }

    private SettingsLevel xcconfig(YamlNode.Scalar path) {
        return InsideTree.resolve(root, path.text())
                .map(file -> XcconfigReader.readNamed(file, path.text(), path.location(), tree, problems))
                .orElse(SettingsLevel.EMPTY);
    }

    /** {@code sources: Shared}, {@code sources: [Shared, iOS]} or {@code sources: [{path: Shared}]}: folders. */
    private SourceSet sources(YamlNode.Mapping target) {
        List<SourceSet.Folder> folders = new ArrayList<>();
        Set<Path> files = new LinkedHashSet<>();
        Optional<YamlNode> sources = target.entries().entrySet().stream()
                .filter(e -> e.getKey().text().equals("sources")).map(Map.Entry::getValue).findFirst();
        List<YamlNode> items = sources.map(s -> s instanceof YamlNode.Sequence list ? list.items() : List.of(s))
                .orElse(List.of());
        for (YamlNode item : items) {
            Optional<YamlNode.Scalar> path = item instanceof YamlNode.Scalar scalar ? Optional.of(scalar)
                    : item instanceof YamlNode.Mapping map ? scalar(map, "path") : Optional.empty();
            path.flatMap(p -> InsideTree.resolve(root, p.text())).ifPresent(resolved -> {
                if (tree.folder(resolved).isPresent()) {
                    folders.add(new SourceSet.Folder(resolved, Set.of()));
                } else {
                    files.add(resolved);
                }
            });
        }
        return new SourceSet(files, folders);
    }

    private static Optional<YamlNode.Mapping> mapping(YamlNode.Mapping map, String key) {
        return value(map, key).filter(YamlNode.Mapping.class::isInstance).map(YamlNode.Mapping.class::cast);
    }

    private static Optional<YamlNode.Scalar> scalar(YamlNode.Mapping map, String key) {
        return value(map, key).filter(YamlNode.Scalar.class::isInstance).map(YamlNode.Scalar.class::cast)
                .filter(s -> !s.text().isEmpty());
    }

    private static Optional<YamlNode> value(YamlNode.Mapping map, String key) {
        return map.entries().entrySet().stream().filter(e -> e.getKey().text().equals(key))
                .map(Map.Entry::getValue).findFirst();
    }
}
