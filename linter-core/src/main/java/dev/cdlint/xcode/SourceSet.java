package dev.cdlint.xcode;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The Swift files a target compiles, as the project says: files named in its Sources phase, and folders whose
 * files it compiles all (Xcode 16's synchronized folders, XcodeGen's source paths, local packages), less the
 * files excepted for this target. All paths absolute and normalized.
 */
public record SourceSet(Set<Path> files, List<Folder> folders) {

    public static final SourceSet NONE = new SourceSet(Set.of(), List.of());

    public SourceSet {
        files = Set.copyOf(files);
        folders = List.copyOf(folders);
    }

    public record Folder(Path root, Set<Path> excluded) {
        public Folder {
            excluded = Set.copyOf(excluded);
        }
    }

    public boolean compiles(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        if (files.contains(normalized)) {
            return true;
        }
        return folders.stream().anyMatch(folder -> normalized.startsWith(folder.root())
                && !folder.excluded().contains(normalized));
    }
}
