package dev.cdlint.wiring;

import dev.cdlint.model.swift.AppGroupUse;
import dev.cdlint.model.swift.CloudKitSigning;
import dev.cdlint.plist.PlistReader;
import dev.cdlint.plist.PlistValue;
import dev.cdlint.source.Excerpt;
import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import dev.cdlint.xcode.BuildConfiguration;
import dev.cdlint.xcode.BuildSettings;
import dev.cdlint.xcode.InsideTree;
import dev.cdlint.xcode.PbxprojReader;
import dev.cdlint.xcode.Platform;
import dev.cdlint.xcode.RepositoryFiles;
import dev.cdlint.xcode.Target;
import dev.cdlint.xcode.XcodeGenReader;
import dev.cdlint.xcode.XcodeProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the wiring checks read from one repository, read once and shared by every check: the projects, each
 * target's variants, the entitlements and Info.plist each variant is built with, the ExportOptions files and
 * scripts, and what the Swift code does. What cannot be read or resolved is kept, for the two checks that say so.
 */
public final class AppWiring {

    /** A file that could not be read, or a target cdlint cannot resolve, with the reason. */
    public record Unresolved(SourceLocation location, String target, String configuration, String reason) {}

    private final RepositoryFiles files;
    private final InsideTree tree;
    private final List<XcodeProject> projects = new ArrayList<>();
    private final List<TargetVariant> variants = new ArrayList<>();
    private final List<InputException> unreadable = new ArrayList<>();
    private final List<Unresolved> unresolved = new ArrayList<>();
    private final Map<Path, Optional<PlistValue>> plists = new HashMap<>();
    private final SwiftCode code;
    private SwiftCode.Found found;

    private AppWiring(RepositoryFiles files, SwiftCode code) {
        this.files = files;
        this.tree = new InsideTree(files.root());
        this.code = code;
        readProjects();
    }

    /**
     * Reads the repository's projects now, and its Swift when a check first asks what the code does: a run that
     * asks only which entitlements a target is signed with reads no code here.
     */
    public static AppWiring read(Path root, SwiftCode code) {
        return new AppWiring(RepositoryFiles.scan(root), code);
    }

    private void readProjects() {
        Set<Path> projectFolders = new LinkedHashSet<>();
        for (Path pbxproj : files.projects()) {
            projectFolders.add(pbxproj.getParent().getParent());
            try {
                add(PbxprojReader.read(pbxproj, tree));
            } catch (InputException e) {
                unreadable.add(e);
            }
        }
        // XcodeGen's spec is read only where the project it generates is not committed (docs/cloudkit.md).
        for (Path spec : files.xcodeGenSpecs()) {
            if (!projectFolders.contains(spec.getParent()) && looksLikeXcodeGen(spec)) {
                try {
                    add(XcodeGenReader.read(spec, tree));
                } catch (InputException e) {
                    unreadable.add(e);
                }
            }
        }
        for (Path manifest : files.tuistManifests()) {
            if (!projectFolders.contains(manifest.getParent())) {
                unresolved.add(new Unresolved(SourceLocation.ofFile(manifest), null, null, "a Tuist manifest is"
                        + " Swift that builds the project when run; cdlint does not run it, so this project's"
                        + " targets are not checked"));
            }
        }
    }

    /** A project.yml with {@code targets:}: other tools (Serena, for one) use the same name. */
    private static boolean looksLikeXcodeGen(Path spec) {
        try {
            return Files.size(spec) < 1024 * 1024 && Files.readString(spec).lines()
                    .anyMatch(line -> line.startsWith("targets:"));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return true;
        }
    }

    private void add(XcodeProject project) {
        projects.add(project);
        unreadable.addAll(project.problems());
        for (Target target : project.targets()) {
            if (target.configurations().isEmpty()) {
                unresolved.add(new Unresolved(target.location(), target.name(), null, "the target has no build"
                        + " configurations"));
                continue;
            }
            for (BuildConfiguration configuration : target.configurations()) {
                for (Platform platform : platforms(project, target, configuration.name())) {
                    variants.add(new TargetVariant(project, target, configuration.name(), platform,
                            BuildSettings.of(project, target, configuration.name(), platform)));
                }
            }
        }
    }

    /**
     * The platforms a target builds for: {@code SDKROOT}, or with {@code SDKROOT = auto} the device platforms of
     * {@code SUPPORTED_PLATFORMS}, plus Mac Catalyst for an iOS target with {@code SUPPORTS_MACCATALYST = YES}.
     */
    private static List<Platform> platforms(XcodeProject project, Target target, String configuration) {
        BuildSettings probe = BuildSettings.of(project, target, configuration, Platform.IOS);
        Set<Platform> platforms = new LinkedHashSet<>();
        String sdkroot = probe.get("SDKROOT").map(BuildSettings.Value::text).orElse("").strip();
        if (!sdkroot.equals("auto")) {
            Platform.ofSdk(sdkroot).ifPresent(platforms::add);
        }
        for (String supported : probe.get("SUPPORTED_PLATFORMS").map(BuildSettings.Value::text).orElse("")
                .split("\\s+")) {
            Platform.ofSdk(supported).ifPresent(platforms::add);
        }
        if (platforms.contains(Platform.IOS) && probe.isYes("SUPPORTS_MACCATALYST")) {
            platforms.add(Platform.MAC_CATALYST);
        }
        return List.copyOf(platforms);
    }

    public RepositoryFiles files() {
        return files;
    }

    public List<TargetVariant> variants() {
        return variants;
    }

    /** Files that could not be read: projects, included .xcconfig files, entitlements, plists. */
    public List<InputException> unreadable() {
        return unreadable;
    }

    public List<Unresolved> unresolved() {
        return unresolved;
    }

    public List<SwiftCode.ContainerSite> sites() {
        return code().sites();
    }

    /** The sites a target compiles. */
    public List<SwiftCode.ContainerSite> sites(Target target) {
        return sites().stream().filter(s -> target.sources().compiles(s.location().file())).toList();
    }

    public List<AppGroupUse> groupUses(Target target) {
        return code().groupUses().stream().filter(g -> target.sources().compiles(g.location().file())).toList();
    }

    private SwiftCode.Found code() {
        if (found == null) {
            found = code.read(files);
        }
        return found;
    }

    /**
     * The entitlements the variant is signed with: empty when it names none, or when they cannot be known (the
     * setting's variables do not resolve, the file is missing or unreadable), which {@link #unresolved()} says.
     */
    public Optional<Entitlements> entitlements(TargetVariant variant) {
        Optional<BuildSettings.Value> setting = variant.setting("CODE_SIGN_ENTITLEMENTS");
        if (setting.isEmpty()) {
            return Optional.empty();
        }
        return plist(variant, setting.get(), "entitlements")
                .filter(PlistValue.Dict.class::isInstance)
                .map(root -> new Entitlements(variant.path(setting.get()).orElseThrow(), (PlistValue.Dict) root,
                        variant.settings()));
    }

    /**
     * For SwiftData's {@code .automatic}: what the targets that compile any of the files are signed with, in the
     * project's order of targets and configurations. One variant that grants CloudKit decides, since that build
     * mirrors; else one that does not, when every variant's entitlements are known; else nothing is said. Test
     * bundles are left out: they run in their host, signed as it is.
     */
    public Optional<CloudKitSigning> signingOf(Collection<Path> files) {
        CloudKitSigning without = null;
        boolean unknown = false;
        for (TargetVariant variant : variants) {
            if (variant.target().isTest() || files.stream().noneMatch(variant.target().sources()::compiles)) {
                continue;
            }
            if (!entitlementsKnown(variant)) {
                unknown = true;
                continue;
            }
            Optional<Entitlements> entitlements = entitlements(variant);
            String target = variant.target().name();
            if (entitlements.isPresent() && entitlements.get().grantsCloudKit()) {
                // .automatic mirrors to the first container; past a value cdlint cannot resolve, which is first is
                // unknown.
                List<String> containers = entitlements.get().strings(Entitlements.CONTAINERS).stream()
                        .takeWhile(Entitlements.Item::certain).map(Entitlements.Item::text).toList();
                return Optional.of(new CloudKitSigning(entitlements.get().file(), target, true, containers));
            }
            if (without == null) {
                without = new CloudKitSigning(entitlements.map(Entitlements::file).orElse(null), target, false,
                        List.of());
            }
        }
        return unknown ? Optional.empty() : Optional.ofNullable(without);
    }

    /** Whether the variant names an entitlements file at all: a target without one is signed without iCloud. */
    public boolean namesEntitlements(TargetVariant variant) {
        return variant.setting("CODE_SIGN_ENTITLEMENTS").isPresent()
                || variant.setting("CODE_SIGN_ENTITLEMENTS_CONTENTS").isPresent();
    }

    /** Whether what the variant is signed with is known: no entitlements, or a file cdlint read. */
    public boolean entitlementsKnown(TargetVariant variant) {
        if (variant.setting("CODE_SIGN_ENTITLEMENTS_CONTENTS").isPresent()) {
            return false;
        }
        return !namesEntitlements(variant) || entitlements(variant).isPresent();
    }

    /** The Info.plist file the variant names in {@code INFOPLIST_FILE}, when it names one cdlint can read. */
    public Optional<PlistValue.Dict> infoPlist(TargetVariant variant) {
        return variant.setting("INFOPLIST_FILE").flatMap(setting -> plist(variant, setting, "Info.plist"))
                .filter(PlistValue.Dict.class::isInstance).map(PlistValue.Dict.class::cast);
    }

    /** Whether the Info.plist the variant is built with is known: generated only, or a file cdlint read. */
    public boolean infoPlistKnown(TargetVariant variant) {
        return variant.setting("INFOPLIST_FILE").isEmpty() || infoPlist(variant).isPresent();
    }

    /** Any plist file of the repository, read once; empty (and reported once) when unreadable. */
    public Optional<PlistValue> plist(Path file) {
        return plists.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            try {
                return Optional.of(PlistReader.read(f));
            } catch (InputException e) {
                unreadable.add(e);
                return Optional.empty();
            }
        });
    }

    private Optional<PlistValue> plist(TargetVariant variant, BuildSettings.Value setting, String what) {
        String name = variant.target().name();
        if (!setting.certain()) {
            note(setting.location(), name, variant.configuration(), "cdlint cannot tell which " + what + " file it"
                    + " is built with: the setting refers to " + String.join(", ", setting.unresolved())
                    + ", which nothing in the repository defines");
            return Optional.empty();
        }
        Optional<Path> path = variant.path(setting).flatMap(tree::file);
        if (path.isEmpty()) {
            note(setting.location(), name, variant.configuration(), "the " + what + " file "
                    + Excerpt.quoted(setting.text(), 120) + " is not in the repository, so cdlint"
                    + " cannot tell what it holds");
            return Optional.empty();
        }
        return plist(path.get());
    }

    private void note(SourceLocation location, String target, String configuration, String reason) {
        Unresolved note = new Unresolved(location, target, configuration, reason);
        if (!unresolved.contains(note)) {
            unresolved.add(note);
        }
    }

    /** Every file a variant names in {@code CODE_SIGN_ENTITLEMENTS} or {@code INFOPLIST_FILE}, resolved. */
    public Set<Path> referenced(String setting) {
        Set<Path> referenced = new LinkedHashSet<>();
        for (TargetVariant variant : variants) {
            variant.setting(setting).filter(BuildSettings.Value::certain).flatMap(variant::path)
                    .ifPresent(referenced::add);
        }
        return referenced;
    }

    /**
     * Every file the run read: projects, configuration files, plists, scripts. No report may be written over one.
     */
    public Set<Path> filesRead() {
        Set<Path> read = new LinkedHashSet<>();
        for (XcodeProject project : projects) {
            read.add(project.file());
            for (Target target : project.targets()) {
                target.configurations().forEach(c -> c.xcconfig().assignments()
                        .forEach(a -> read.add(a.location().file())));
            }
            project.configurations().forEach(c -> c.xcconfig().assignments()
                    .forEach(a -> read.add(a.location().file())));
        }
        read.addAll(plists.keySet());
        read.addAll(files.scripts());
        return read;
    }

    /** Whether any variant's setting could not be resolved: then no file can be said to be unreferenced. */
    public boolean allResolved(String setting) {
        return variants.stream().allMatch(v -> v.setting(setting).map(BuildSettings.Value::certain).orElse(true));
    }
}
