package dev.cdlint.model.swift;

import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.SourceLocation;
import dev.cdlint.swift.SwiftFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Swift files of a project that matter to SwiftData and CloudKit, read: those that mention {@code @Model},
 * model containers and configurations, versioned schemas, Core Data's CloudKit container, a CloudKit container or
 * sync engine, an App Group, or a run-time check of the entitlements. The rest are only
 * looked at for those words (a byte search, no lexing), and read later only when a constant the container code
 * names is declared in them.
 */
public final class SwiftProject {

    /** Far above any hand-written source; a larger file is refused rather than read into memory. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final Path root;
    private final List<Path> allFiles;
    private final List<Path> entitlements;
    private final UnaryOperator<Path> shownAs;
    private final Map<Path, SwiftFile> read = new LinkedHashMap<>();
    private final Map<SwiftFile, Path> paths = new java.util.IdentityHashMap<>();
    private final List<InputException> unreadable = new ArrayList<>();
    private final Map<Path, Boolean> looked = new HashMap<>();

    private SwiftProject(Path root, List<Path> allFiles, List<Path> entitlements, UnaryOperator<Path> shownAs) {
        this.root = root;
        this.allFiles = List.copyOf(allFiles);
        this.entitlements = List.copyOf(entitlements);
        this.shownAs = shownAs;
    }

    /** Reads the files that mention SwiftData or CloudKit containers; an unreadable one is kept as its reason. */
    public static SwiftProject read(SwiftFinder.Found found) {
        return read(found, UnaryOperator.identity());
    }

    /** The same, with findings naming each file as {@code shownAs} says (files extracted from git, say). */
    public static SwiftProject read(SwiftFinder.Found found, UnaryOperator<Path> shownAs) {
        SwiftProject project = new SwiftProject(found.root(), found.swiftFiles(), found.entitlements(), shownAs);
        for (Path file : found.swiftFiles()) {
            project.readIfRelevant(file);
        }
        return project;
    }

    /** Whether the file mentions any of the words SwiftData models and container code are written with. */
    public static boolean isRelevant(Path file) {
        try {
            return Files.size(file) > MAX_FILE_BYTES || relevant(Files.readAllBytes(file));
        } catch (IOException e) {
            return true; // reading it again says why it cannot be read
        }
    }

    public Path root() {
        return root;
    }

    public List<SwiftFile> files() {
        return List.copyOf(read.values());
    }

    /** Where a file read here is on disk (its path in findings may name a git revision instead). */
    Path pathOf(SwiftFile file) {
        return paths.getOrDefault(file, file.path());
    }

    /** The relevant files cdlint could not follow, each with the position where it lost track. */
    public List<InputException> unreadable() {
        return List.copyOf(unreadable);
    }

    public List<Path> entitlements() {
        return entitlements;
    }

    /**
     * Files not read so far whose text contains the word (a constant's name the container code refers to), read
     * now; those that cannot be followed are left out, as they would not have been read otherwise.
     */
    List<SwiftFile> filesMentioning(String word) {
        List<SwiftFile> found = new ArrayList<>();
        for (Path file : allFiles) {
            if (looked.containsKey(file)) {
                continue;
            }
            Optional<byte[]> bytes = bytes(file, false);
            if (bytes.isPresent() && new String(bytes.get(), StandardCharsets.ISO_8859_1).contains(word)) {
                looked.put(file, true);
                try {
                    SwiftFile parsed = SwiftFile.read(shownAs.apply(file), utf8(bytes.get()));
                    read.put(file, parsed);
                    paths.put(parsed, file);
                    found.add(parsed);
                } catch (InputException unfollowed) {
                    // Not a file the run needed: its own problems are not this run's findings.
                }
            }
        }
        return found;
    }

    private void readIfRelevant(Path file) {
        Optional<byte[]> bytes = bytes(file, true);
        if (bytes.isEmpty() || !relevant(bytes.get())) {
            return;
        }
        looked.put(file, true);
        try {
            SwiftFile parsed = SwiftFile.read(shownAs.apply(file), utf8(bytes.get()));
            read.put(file, parsed);
            paths.put(parsed, file);
        } catch (InputException lostTrack) {
            unreadable.add(lostTrack);
        }
    }

    private Optional<byte[]> bytes(Path file, boolean reportFailure) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                if (reportFailure) {
                    unreadable.add(new InputException(SourceLocation.ofFile(shownAs.apply(file)), "the file is "
                            + size / (1024 * 1024) + " MiB, more than cdlint reads from one Swift file ("
                            + MAX_FILE_BYTES / (1024 * 1024) + " MiB)"));
                }
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            if (reportFailure) {
                unreadable.add(new InputException(SourceLocation.ofFile(shownAs.apply(file)),
                        "cannot read the file: " + IoReasons.of(e), e));
            }
            return Optional.empty();
        }
    }

    /** Swift source is UTF-8; a byte that is not is replaced, so one odd character never loses the file. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not throw", e);
        }
    }

    /**
     * A byte search for the relevant words: the bytes as Latin-1 keep every ASCII word where it is, and the JDK's
     * {@code indexOf} on such a string is far faster than decoding and lexing the file.
     */
    private static boolean relevant(byte[] bytes) {
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        return latin.contains("odel") && (latin.contains("@Model") || latin.contains("ModelContainer")
                || latin.contains("ModelConfiguration") || latin.contains("modelContainer"))
                || latin.contains("Schema") && (latin.contains("VersionedSchema") || latin.contains("SchemaMigrationPlan"))
                || latin.contains("NSPersistentCloudKitContainer") || latin.contains("cloudKitContainerOptions")
                || latin.contains("databaseScope") || latin.contains("CKContainer") || latin.contains("CKSyncEngine")
                || latin.contains("forSecurityApplicationGroupIdentifier") || latin.contains("groupContainer")
                || latin.contains("suiteName") || latin.contains("SecTaskCopyValue");
    }
}
