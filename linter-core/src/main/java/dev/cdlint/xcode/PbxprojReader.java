package dev.cdlint.xcode;

import dev.cdlint.plist.PlistReader;
import dev.cdlint.plist.PlistValue;
import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a project.pbxproj: the project's and each native target's configurations with their build settings and
 * base .xcconfig files, and the Swift files each target compiles. The walk follows the object graph Xcode writes
 * ({@code PBXProject} → targets → {@code XCConfigurationList} → {@code XCBuildConfiguration}; Sources phase →
 * {@code PBXBuildFile} → {@code PBXFileReference} within its {@code PBXGroup} chain; Xcode 16's
 * {@code PBXFileSystemSynchronizedRootGroup} with its exception sets; local Swift packages).
 */
public final class PbxprojReader {

    private static final int MAX_GROUP_DEPTH = 256;

    private final Path file;
    private final InsideTree tree;
    private final Path sourceRoot;
    private final PlistValue.Dict objects;
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, Optional<Path>> paths = new HashMap<>();
    private final List<InputException> problems = new ArrayList<>();

    private PbxprojReader(Path file, InsideTree tree, Path sourceRoot, PlistValue.Dict objects) {
        this.file = file;
        this.tree = tree;
        this.sourceRoot = sourceRoot;
        this.objects = objects;
    }

    /**
     * @param file the project.pbxproj inside its .xcodeproj folder
     * @param tree files the project names outside it are not read
     * @throws InputException when the file is not a readable project
     */
    public static XcodeProject read(Path file, InsideTree tree) {
        PlistValue root = PlistReader.read(file);
        if (!(root instanceof PlistValue.Dict dict) || dict.dict("objects").isEmpty()) {
            throw new InputException(root.location(), "not an Xcode project: the property list has no objects");
        }
        Path xcodeproj = file.toAbsolutePath().normalize().getParent();
        Path folder = xcodeproj.getParent() == null ? xcodeproj : xcodeproj.getParent();
        PbxprojReader reader = new PbxprojReader(file, tree, folder, dict.dict("objects").orElseThrow());
        String rootId = dict.text("rootObject").orElse("");
        PlistValue.Dict project = reader.object(rootId).filter(o -> isa(o, "PBXProject")).orElseThrow(() ->
                new InputException(dict.location(), "not an Xcode project: the root object is not a PBXProject"));
        String dirPath = project.text("projectDirPath").orElse("");
        Path sourceRoot = dirPath.isEmpty() || dirPath.startsWith("/") ? folder
                : InsideTree.resolve(folder, dirPath).orElse(folder);
        reader = new PbxprojReader(file, tree, sourceRoot, reader.objects);
        return reader.project(project, projectName(xcodeproj));
    }

    private static String projectName(Path xcodeproj) {
        String name = String.valueOf(xcodeproj.getFileName());
        return name.endsWith(".xcodeproj") ? name.substring(0, name.length() - ".xcodeproj".length()) : name;
    }

    private XcodeProject project(PlistValue.Dict project, String name) {
        for (Map.Entry<String, PlistValue.Entry> entry : objects.entries().entrySet()) {
            if (entry.getValue().value() instanceof PlistValue.Dict object) {
                ids(object, "children").forEach(child -> parents.putIfAbsent(child, entry.getKey()));
            }
        }
        List<BuildConfiguration> configurations = configurations(project);
        Map<String, PlistValue.Dict> targetObjects = new LinkedHashMap<>();
        for (String id : ids(project, "targets")) {
            object(id).filter(o -> isa(o, "PBXNativeTarget")).ifPresent(o -> targetObjects.put(id, o));
        }
        Map<String, Set<Path>> addedByOtherFolders = addedFromOtherTargetsFolders(targetObjects);
        List<Target> targets = new ArrayList<>();
        for (Map.Entry<String, PlistValue.Dict> entry : targetObjects.entrySet()) {
            PlistValue.Dict target = entry.getValue();
            targets.add(new Target(target.text("name").orElse(entry.getKey()),
                    target.text("productType").orElse(""), target.location(), configurations(target),
                    sources(entry.getKey(), target, addedByOtherFolders.getOrDefault(entry.getKey(), Set.of()))));
        }
        return new XcodeProject(file, sourceRoot, name, configurations, targets, problems);
    }

    private List<BuildConfiguration> configurations(PlistValue.Dict owner) {
        List<BuildConfiguration> configurations = new ArrayList<>();
        Optional<PlistValue.Dict> list = owner.text("buildConfigurationList").flatMap(this::object);
        for (String id : list.map(l -> ids(l, "buildConfigurations")).orElse(List.of())) {
            object(id).filter(o -> isa(o, "XCBuildConfiguration")).ifPresent(configuration -> configurations.add(
                    new BuildConfiguration(configuration.text("name").orElse(id), configuration.location(),
                            baseConfiguration(configuration), settings(configuration))));
        }
        return configurations;
    }

    private SettingsLevel settings(PlistValue.Dict configuration) {
        List<Assignment> assignments = new ArrayList<>();
        configuration.dict("buildSettings").ifPresent(settings -> settings.entries().values().forEach(entry ->
                assignments.add(Assignment.parse(entry.key(), text(entry.value()), entry.keyLocation()))));
        return new SettingsLevel(String.valueOf(file.getFileName()), assignments);
    }

    /** A setting's value as Xcode reads it: a string, or the items of a list joined by spaces. */
    private static String text(PlistValue value) {
        if (value instanceof PlistValue.Text text) {
            return text.value();
        }
        if (value instanceof PlistValue.Array array) {
            return array.items().stream().map(PbxprojReader::text).collect(Collectors.joining(" "));
        }
        return value instanceof PlistValue.Other other ? other.text() : "";
    }

    private SettingsLevel baseConfiguration(PlistValue.Dict configuration) {
        Optional<Path> xcconfig = configuration.text("baseConfigurationReference").flatMap(this::pathOf);
        if (xcconfig.isEmpty()) {
            // Xcode 16 names an .xcconfig inside a synchronized folder by the folder and a path within it.
            Optional<Path> anchor = configuration.text("baseConfigurationReferenceAnchor").flatMap(this::pathOf);
            Optional<String> relative = configuration.text("baseConfigurationReferenceRelativePath");
            if (anchor.isPresent() && relative.isPresent()) {
                xcconfig = InsideTree.resolve(anchor.get(), relative.get());
            }
        }
        if (xcconfig.isEmpty()) {
            return SettingsLevel.EMPTY;
        }
        SourceLocation reference = configuration.entry("baseConfigurationReference")
                .or(() -> configuration.entry("baseConfigurationReferenceAnchor"))
                .map(PlistValue.Entry::keyLocation).orElse(configuration.location());
        return XcconfigReader.readNamed(xcconfig.get(), sourceRoot.relativize(xcconfig.get()).toString(), reference,
                tree, problems);
    }

    private SourceSet sources(String targetId, PlistValue.Dict target, Set<Path> addedByOtherFolders) {
        Set<Path> files = new LinkedHashSet<>(addedByOtherFolders);
        List<SourceSet.Folder> folders = new ArrayList<>();
        for (String phaseId : ids(target, "buildPhases")) {
            Optional<PlistValue.Dict> phase = object(phaseId).filter(o -> isa(o, "PBXSourcesBuildPhase"));
            for (String buildFile : phase.map(p -> ids(p, "files")).orElse(List.of())) {
                object(buildFile).flatMap(b -> b.text("fileRef")).flatMap(this::pathOf).ifPresent(files::add);
            }
        }
        for (String groupId : ids(target, "fileSystemSynchronizedGroups")) {
            Optional<Path> root = pathOf(groupId);
            if (root.isEmpty()) {
                continue;
            }
            Set<Path> excluded = new HashSet<>();
            for (ExceptionSet exceptions : exceptionSets(groupId, root.get())) {
                if (exceptions.target().equals(targetId)) {
                    excluded.addAll(exceptions.files());
                }
            }
            folders.add(new SourceSet.Folder(root.get(), excluded));
        }
        for (String dependency : ids(target, "packageProductDependencies")) {
            object(dependency).flatMap(d -> d.text("package")).flatMap(this::object)
                    .filter(p -> isa(p, "XCLocalSwiftPackageReference"))
                    .flatMap(p -> p.text("relativePath"))
                    .flatMap(relative -> InsideTree.resolve(sourceRoot, relative + "/Sources"))
                    .flatMap(tree::folder)
                    .ifPresent(sources -> folders.add(new SourceSet.Folder(sources, Set.of())));
        }
        return new SourceSet(files, folders);
    }

    /**
     * Files a synchronized folder's exception sets name for a target that does not have the folder itself: Xcode
     * adds those files to that target (a reading of the format, not documented by Apple).
     */
    private Map<String, Set<Path>> addedFromOtherTargetsFolders(Map<String, PlistValue.Dict> targets) {
        Map<String, Set<Path>> added = new HashMap<>();
        for (Map.Entry<String, PlistValue.Dict> owner : targets.entrySet()) {
            for (String groupId : ids(owner.getValue(), "fileSystemSynchronizedGroups")) {
                Optional<Path> root = pathOf(groupId);
                if (root.isEmpty()) {
                    continue;
                }
                for (ExceptionSet exceptions : exceptionSets(groupId, root.get())) {
                    PlistValue.Dict other = targets.get(exceptions.target());
                    if (other != null && !ids(other, "fileSystemSynchronizedGroups").contains(groupId)) {
                        added.computeIfAbsent(exceptions.target(), t -> new LinkedHashSet<>())
                                .addAll(exceptions.files());
                    }
                }
            }
        }
        return added;
    }

    private record ExceptionSet(String target, Set<Path> files) {}

    private List<ExceptionSet> exceptionSets(String groupId, Path root) {
        List<ExceptionSet> sets = new ArrayList<>();
        Optional<PlistValue.Dict> group = object(groupId);
        for (String id : group.map(g -> ids(g, "exceptions")).orElse(List.of())) {
            object(id).filter(o -> isa(o, "PBXFileSystemSynchronizedBuildFileExceptionSet")).ifPresent(set -> {
                Set<Path> files = new HashSet<>();
                for (PlistValue item : set.get("membershipExceptions").filter(PlistValue.Array.class::isInstance)
                        .map(a -> ((PlistValue.Array) a).items()).orElse(List.of())) {
                    if (item instanceof PlistValue.Text name) {
                        InsideTree.resolve(root, name.value()).ifPresent(files::add);
                    }
                }
                sets.add(new ExceptionSet(set.text("target").orElse(""), files));
            });
        }
        return sets;
    }

    /**
     * Where a file or group element is, from its {@code sourceTree}: relative to its group ({@code <group>}), to
     * the project's folder ({@code SOURCE_ROOT}), or absolute. Elements relative to the SDK, the developer folder
     * or the build products are not in the repository: empty.
     */
    private Optional<Path> pathOf(String id) {
        return pathOf(id, 0);
    }

    private Optional<Path> pathOf(String id, int depth) {
        Optional<Path> known = paths.get(id);
        if (known != null) {
            return known;
        }
        if (depth > MAX_GROUP_DEPTH) {
            return Optional.empty();
        }
        Optional<PlistValue.Dict> element = object(id);
        if (element.isEmpty()) {
            return Optional.empty();
        }
        String path = element.get().text("path").orElse("");
        String sourceTree = element.get().text("sourceTree").orElse("<group>");
        Optional<Path> base = switch (sourceTree) {
            case "<group>" -> parents.containsKey(id) ? pathOf(parents.get(id), depth + 1) : Optional.of(sourceRoot);
            case "SOURCE_ROOT", "SRCROOT" -> Optional.of(sourceRoot);
            case "<absolute>" -> Optional.of(Path.of("/"));
            default -> Optional.empty();
        };
        Optional<Path> resolved = base.flatMap(b -> path.isEmpty() ? Optional.of(b) : InsideTree.resolve(b, path));
        paths.put(id, resolved);
        return resolved;
    }

    private Optional<PlistValue.Dict> object(String id) {
        return objects.dict(id);
    }

    private static boolean isa(PlistValue.Dict object, String isa) {
        return object.text("isa").filter(isa::equals).isPresent();
    }

    private static List<String> ids(PlistValue.Dict object, String key) {
        return object.get(key).filter(PlistValue.Array.class::isInstance)
                .map(a -> ((PlistValue.Array) a).items().stream().filter(PlistValue.Text.class::isInstance)
                        .map(t -> ((PlistValue.Text) t).value()).toList())
                .orElse(List.of());
    }
}
