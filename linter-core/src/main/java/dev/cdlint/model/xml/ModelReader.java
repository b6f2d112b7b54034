package dev.cdlint.model.xml;

import dev.cdlint.model.DataModel;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.ModelWarning;
import dev.cdlint.model.VersionFile;
import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a model from what a project holds: a {@code .xcdatamodeld} bundle, a {@code .xcdatamodel} folder, or a
 * {@code contents} file. Real bundles are messy; wherever cdlint has to guess it says so in a {@link ModelWarning},
 * and whatever it cannot read is an {@link InputException} naming the file.
 */
public final class ModelReader {

    static final String BUNDLE_SUFFIX = ".xcdatamodeld";
    static final String VERSION_SUFFIX = ".xcdatamodel";
    private static final String CURRENT_VERSION_FILE = ".xccurrentversion";
    private static final String CURRENT_VERSION_KEY = "_XCCurrentVersionName";

    /** Models read ahead and not yet taken, by absolute path. */
    private static final Map<Path, FutureTask<DataModel>> AHEAD = new ConcurrentHashMap<>();

    private ModelReader() {}

    /** Builds the parser's one-per-process state (the JAXB context) ahead of the first read. */
    public static void prepare() {
        ContentsReader.prepare();
    }

    /**
     * Reads a model now, on the calling thread, for a later {@link #read} of the same path (on any thread) to
     * take instead of reading it again; a failure is kept and thrown by that read. A command-line front end calls
     * it on a second thread for the models its arguments name while it parses them. Each result is taken once.
     */
    public static void readAhead(Path path) {
        FutureTask<DataModel> reading = new FutureTask<>(() -> read(path, UnaryOperator.identity()));
        if (AHEAD.putIfAbsent(path.toAbsolutePath().normalize(), reading) == null) {
            reading.run();
        }
    }

    public static DataModel read(Path path) {
        FutureTask<DataModel> ahead = AHEAD.isEmpty() ? null : AHEAD.remove(path.toAbsolutePath().normalize());
        if (ahead == null) {
            return read(path, UnaryOperator.identity());
        }
        try {
            return ahead.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw (Error) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return read(path, UnaryOperator.identity());
        }
    }

    /**
     * Reads a model from one place while its elements' locations name another, {@code shownAs(file)} for each file
     * read: a model extracted from git into a temporary folder is reported at the revision's files, never at the
     * copies, which are gone once the run ends.
     */
    public static DataModel read(Path path, UnaryOperator<Path> shownAs) {
        if (Files.isDirectory(path)) {
            String name = path.getFileName().toString();
            if (name.endsWith(BUNDLE_SUFFIX)) {
                return readBundle(path, shownAs);
            }
            if (name.endsWith(VERSION_SUFFIX)) {
                ModelVersion version = readVersionFolder(path, shownAs);
                return new DataModel(path, versionName(path), List.of(new VersionFile(version.name(),
                        version.location().file())), version, List.of());
            }
            throw new InputException(SourceLocation.ofFile(path),
                    "not a Core Data model: expected a .xcdatamodeld bundle, a .xcdatamodel folder or a contents file");
        }
        if (!Files.exists(path)) {
            throw new InputException(SourceLocation.ofFile(path), "no such file or directory");
        }
        if (isLegacyBinary(path)) {
            throw legacy(path);
        }
        Path parent = path.toAbsolutePath().getParent();
        String name = parent != null && parent.getFileName() != null
                && parent.getFileName().toString().endsWith(VERSION_SUFFIX)
                ? versionName(parent) : path.getFileName().toString();
        ModelVersion version = ContentsReader.read(path, name, shownAs.apply(path));
        return new DataModel(path, name, List.of(new VersionFile(name, path)), version, List.of());
    }

    private static DataModel readBundle(Path bundle, UnaryOperator<Path> shownAs) {
        List<ModelWarning> warnings = new ArrayList<>();
        List<VersionFile> versions = new ArrayList<>();
        Path legacyVersion = null;
        for (Path folder : versionFolders(bundle)) {
            if (Files.isRegularFile(folder.resolve("contents"))) {
                versions.add(new VersionFile(versionName(folder), folder.resolve("contents")));
            } else if (isLegacyBinary(folder.resolve("elements"))) {
                legacyVersion = folder;
                warnings.add(new ModelWarning(SourceLocation.ofFile(folder), "version '" + versionName(folder)
                        + "' is in the legacy binary format of Xcode 3 and was not read; open the model in Xcode"
                        + " and save it to convert it"));
            } else {
                warnings.add(new ModelWarning(SourceLocation.ofFile(folder),
                        "version '" + versionName(folder) + "' has no contents file and was not read"));
            }
        }
        if (versions.isEmpty()) {
            if (legacyVersion != null) {
                throw legacy(legacyVersion.resolve("elements"));
            }
            throw new InputException(SourceLocation.ofFile(bundle), "the bundle holds no model version"
                    + " (no .xcdatamodel folder with a contents file)");
        }
        VersionFile currentFile = currentVersion(bundle, versions, warnings);
        ModelVersion current = ContentsReader.read(currentFile.contents(), currentFile.name(),
                shownAs.apply(currentFile.contents()));
        String name = bundle.getFileName().toString();
        return new DataModel(bundle, name.substring(0, name.length() - BUNDLE_SUFFIX.length()), versions, current,
                warnings);
    }

    /** Version folders in natural name order, so "Model 10" comes after "Model 9". */
    private static List<Path> versionFolders(Path bundle) {
        try (Stream<Path> children = Files.list(bundle)) {
            return children
                    .filter(p -> Files.isDirectory(p) && p.getFileName().toString().endsWith(VERSION_SUFFIX))
                    .sorted(Comparator.comparing(p -> versionName(p), NaturalOrder.INSTANCE))
                    .toList();
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(bundle), "cannot list the bundle: " + e.getMessage(), e);
        }
    }

    /** Reads one version of a bundle: the current one is read already, this is for the others. */
    public static ModelVersion readVersion(VersionFile version) {
        return ContentsReader.read(version.contents(), version.name());
    }

    private static VersionFile currentVersion(Path bundle, List<VersionFile> versions, List<ModelWarning> warnings) {
        VersionFile newest = versions.get(versions.size() - 1);
        Path file = bundle.resolve(CURRENT_VERSION_FILE);
        SourceLocation at = SourceLocation.ofFile(file);
        String fallback = "; using the newest version by name, '" + newest.name() + "'";
        if (!Files.isRegularFile(file)) {
            warnings.add(new ModelWarning(SourceLocation.ofFile(bundle),
                    "the bundle has no " + CURRENT_VERSION_FILE + " file" + fallback));
            return newest;
        }
        Optional<String> named;
        try {
            named = currentVersionName(file);
        } catch (InputException e) {
            warnings.add(new ModelWarning(e.location(), e.getMessage() + fallback));
            return newest;
        }
        if (named.isEmpty()) {
            warnings.add(new ModelWarning(at, "it does not name the current version" + fallback));
            return newest;
        }
        String wanted = named.get().endsWith(VERSION_SUFFIX)
                ? named.get().substring(0, named.get().length() - VERSION_SUFFIX.length()) : named.get();
        return versions.stream().filter(v -> v.name().equals(wanted)).findFirst().orElseGet(() -> {
            warnings.add(new ModelWarning(at, "it names '" + named.get() + "' as the current version, which the"
                    + " bundle does not hold (or only in a form cdlint cannot read)" + fallback));
            return newest;
        });
    }

    /** The string after the {@code _XCCurrentVersionName} key of the property list, if there is one. */
    private static Optional<String> currentVersionName(Path plist) {
        try (InputStream in = Files.newInputStream(plist)) {
            XMLStreamReader xml = HardenedXml.plistReader(in);
            try {
                String lastKey = null;
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        String element = xml.getLocalName();
                        if (element.equals("key")) {
                            lastKey = xml.getElementText().trim();
                        } else if (element.equals("string") && CURRENT_VERSION_KEY.equals(lastKey)) {
                            String value = xml.getElementText();
                            return value.isBlank() ? Optional.empty() : Optional.of(value);
                        }
                    }
                }
                return Optional.empty();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            var location = e.getLocation();
            throw new InputException(location == null ? SourceLocation.ofFile(plist)
                    : new SourceLocation(plist, Math.max(location.getLineNumber(), 0),
                            Math.max(location.getColumnNumber(), 0)),
                    "malformed " + CURRENT_VERSION_FILE + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(plist), "cannot read: " + e.getMessage(), e);
        }
    }

    private static ModelVersion readVersionFolder(Path folder, UnaryOperator<Path> shownAs) {
        Path contents = folder.resolve("contents");
        if (Files.isRegularFile(contents)) {
            return ContentsReader.read(contents, versionName(folder), shownAs.apply(contents));
        }
        if (isLegacyBinary(folder.resolve("elements"))) {
            throw legacy(folder.resolve("elements"));
        }
        throw new InputException(SourceLocation.ofFile(folder), "the model folder has no contents file");
    }

    private static String versionName(Path folder) {
        String name = folder.getFileName().toString();
        return name.endsWith(VERSION_SUFFIX) ? name.substring(0, name.length() - VERSION_SUFFIX.length()) : name;
    }

    private static boolean isLegacyBinary(Path file) {
        return file.getFileName() != null && file.getFileName().toString().equals("elements")
                && Files.isRegularFile(file);
    }

    private static InputException legacy(Path elements) {
        return new InputException(SourceLocation.ofFile(elements), "this model is in the legacy binary format of"
                + " Xcode 3 (elements/layout files), which cdlint cannot read; open it in Xcode and save it to"
                + " convert it to the XML contents format");
    }
}
