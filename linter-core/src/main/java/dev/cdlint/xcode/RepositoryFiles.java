package dev.cdlint.xcode;

import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files of a repository that say how its apps are wired, found in one walk: Xcode projects, XcodeGen and
 * Tuist manifests, entitlements, Info.plists, ExportOptions, build scripts and CI files, Swift sources. Links are
 * not followed, and vendored or generated folders (CocoaPods, Carthage, SwiftPM checkouts, DerivedData,
 * node_modules) are skipped: their projects are not the app's.
 */
public record RepositoryFiles(Path root, List<Path> projects, List<Path> xcodeGenSpecs, List<Path> tuistManifests,
        List<Path> packageManifests, List<Path> entitlements, List<Path> infoPlists, List<Path> exportOptions,
        List<Path> scripts, List<Path> swiftSources) {

    private static final Set<String> SKIPPED = Set.of("Pods", "Carthage", "node_modules", "DerivedData", ".build",
            ".swiftpm", "xcuserdata", ".git");
    private static final Set<String> SCRIPT_NAMES = Set.of("Makefile", "Fastfile", "Justfile", "Taskfile.yml",
            "bitrise.yml", "codemagic.yaml", "codemagic.yml", ".gitlab-ci.yml", "azure-pipelines.yml",
            "Jenkinsfile", "ci_post_clone.sh", "ci_pre_xcodebuild.sh", "ci_post_xcodebuild.sh");
    /** Far more than any app repository holds; a walk past it stops rather than run for minutes. */
    static final int MAX_FILES = 500_000;

    public RepositoryFiles {
        projects = List.copyOf(projects);
        xcodeGenSpecs = List.copyOf(xcodeGenSpecs);
        tuistManifests = List.copyOf(tuistManifests);
        packageManifests = List.copyOf(packageManifests);
        entitlements = List.copyOf(entitlements);
        infoPlists = List.copyOf(infoPlists);
        exportOptions = List.copyOf(exportOptions);
        scripts = List.copyOf(scripts);
        swiftSources = List.copyOf(swiftSources);
    }

    /** Whether the folder holds what makes it an app repository: an .xcodeproj, a project.yml or a Package.swift. */
    public static boolean isAppRepository(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.anyMatch(p -> {
                String name = String.valueOf(p.getFileName());
                return name.endsWith(".xcodeproj") || name.equals("project.yml") || name.equals("Package.swift")
                        || name.equals("Project.swift");
            });
        } catch (IOException e) {
            return false;
        }
    }

    /** @throws InputException when the walk fails: a folder that cannot be listed is not "nothing found" */
    public static RepositoryFiles scan(Path root) {
        Collector collector = new Collector(root.toAbsolutePath().normalize());
        try {
            Files.walkFileTree(collector.root, collector);
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(root), "cannot read the repository: " + IoReasons.of(e),
                    e);
        }
        return collector.files();
    }

    private static final class Collector extends SimpleFileVisitor<Path> {
        final Path root;
        final List<Path> projects = new ArrayList<>();
        final List<Path> specs = new ArrayList<>();
        final List<Path> tuist = new ArrayList<>();
        final List<Path> packages = new ArrayList<>();
        final List<Path> entitlements = new ArrayList<>();
        final List<Path> infoPlists = new ArrayList<>();
        final List<Path> exportOptions = new ArrayList<>();
        final List<Path> scripts = new ArrayList<>();
        final List<Path> swift = new ArrayList<>();
        int seen;

        Collector(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            String name = String.valueOf(dir.getFileName());
            if (!dir.equals(root) && (SKIPPED.contains(name) || name.endsWith(".xcworkspace")
                    || name.endsWith(".xcassets") || name.endsWith(".xcdatamodeld") || name.endsWith(".xcdatamodel")
                    || (name.startsWith(".") && !name.equals(".github") && !name.equals(".circleci")))) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (name.endsWith(".xcodeproj")) {
                Path pbxproj = dir.resolve("project.pbxproj");
                if (Files.isRegularFile(pbxproj, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    projects.add(pbxproj);
                }
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (!attributes.isRegularFile()) {
                return FileVisitResult.CONTINUE;
            }
            if (++seen > MAX_FILES) {
                return FileVisitResult.TERMINATE;
            }
            String name = String.valueOf(file.getFileName());
            String lower = name.toLowerCase(Locale.ROOT);
            String parent = String.valueOf(file.getParent().getFileName());
            if (lower.endsWith(".swift")) {
                swift.add(file);
                if (name.equals("Package.swift")) {
                    packages.add(file);
                } else if (name.equals("Project.swift")) {
                    tuist.add(file);
                }
            } else if (name.equals("project.yml") || name.equals("project.yaml")) {
                specs.add(file);
            } else if (lower.endsWith(".entitlements")) {
                entitlements.add(file);
            } else if (lower.endsWith(".plist") && lower.contains("exportoptions")) {
                exportOptions.add(file);
            } else if (lower.endsWith("info.plist") && !lower.startsWith("googleservice")) {
                infoPlists.add(file);
            } else if (lower.endsWith(".sh") || SCRIPT_NAMES.contains(name)
                    || ((parent.equals("workflows") || parent.equals("ci_scripts") || parent.equals(".circleci"))
                    && (lower.endsWith(".yml") || lower.endsWith(".yaml") || !lower.contains(".")))) {
                scripts.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (file.equals(root)) {
                throw e;
            }
            // One unreadable folder below the root is left out, as git leaves out what it cannot read.
            return FileVisitResult.CONTINUE;
        }

        RepositoryFiles files() {
            return new RepositoryFiles(root, sorted(projects), sorted(specs), sorted(tuist), sorted(packages),
                    sorted(entitlements), sorted(infoPlists), sorted(exportOptions), sorted(scripts), sorted(swift));
        }

        private static List<Path> sorted(List<Path> paths) {
            return paths.stream().sorted().toList();
        }
    }
}
