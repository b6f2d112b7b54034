package dev.cdlint.model.xml;

import dev.cdlint.model.DataModel;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.ModelWarning;
import dev.cdlint.model.VersionFile;
import dev.cdlint.source.Excerpt;
import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
    private static final String CONTENTS = "contents";
    private static final String NOT_A_MODEL =
            "not a Core Data model: expected a .xcdatamodeld bundle, a .xcdatamodel folder or a contents file";
    /** How much of a version name a message quotes: names are short, a hostile file's "name" need not be. */
    private static final int QUOTED_NAME_LIMIT = 80;
    private static final int SNIFFED_BYTES = 4096;

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
            try {
                Files.newDirectoryStream(path).close();
            } catch (IOException e) {
                throw new InputException(SourceLocation.ofFile(path), "cannot search this folder for models: "
                        + IoReasons.of(e), e);
            }
            throw new InputException(SourceLocation.ofFile(path), NOT_A_MODEL);
        }
        Optional<String> notRegular = IoReasons.notRegularFile(path);
        if (notRegular.isPresent()) {
            throw new InputException(SourceLocation.ofFile(path), notRegular.get().startsWith("no such")
                    ? notRegular.get() : "cannot read the model: " + notRegular.get());
        }
        if (isLegacyBinary(path)) {
            throw legacy(path);
        }
        if (!path.getFileName().toString().equals(CONTENTS) && !looksLikeXml(path)) {
            throw new InputException(SourceLocation.ofFile(path), NOT_A_MODEL);
        }
        Path parent = path.toAbsolutePath().getParent();
        String name = parent != null && parent.getFileName() != null
                && parent.getFileName().toString().endsWith(VERSION_SUFFIX)
                ? versionName(parent) : path.getFileName().toString();
        ModelVersion version = ContentsReader.read(path, name, shownAs.apply(path));
        return new DataModel(path, name, List.of(new VersionFile(name, path)), version, List.of());
    }

    /**
     * Warns only where cdlint guessed which version the app compiles: several version folders and no usable
     * {@code .xccurrentversion}. A bundle with one version (Xcode projects and Swift packages often omit the file
     * for an unversioned model) or one that names a readable current version needs no guess, and its unreadable
     * old versions do not change what is checked.
     */
    private static DataModel readBundle(Path bundle, UnaryOperator<Path> shownAs) {
        List<ModelWarning> skipped = new ArrayList<>();
        List<VersionFile> versions = new ArrayList<>();
        Path legacyVersion = null;
        Map<String, InputException> unreadable = new LinkedHashMap<>();
        for (Path folder : versionFolders(bundle)) {
            Optional<InputException> cannotRead = unreadableFolder(folder);
            if (cannotRead.isPresent()) {
                unreadable.put(versionName(folder), cannotRead.get());
                skipped.add(new ModelWarning(SourceLocation.ofFile(folder), "version '" + versionName(folder)
                        + "' was not read: " + cannotRead.get().getMessage()));
            } else if (Files.isRegularFile(folder.resolve(CONTENTS))) {
                versions.add(new VersionFile(versionName(folder), folder.resolve(CONTENTS)));
            } else if (isLegacyBinary(folder.resolve("elements"))) {
                legacyVersion = folder;
                skipped.add(new ModelWarning(SourceLocation.ofFile(folder), "version '" + versionName(folder)
                        + "' is in the legacy binary format of Xcode 3 and was not read; open the model in Xcode"
                        + " and save it to convert it"));
            } else {
                skipped.add(new ModelWarning(SourceLocation.ofFile(folder),
                        "version '" + versionName(folder) + "' has no contents file and was not read"));
            }
        }
        if (versions.isEmpty()) {
            if (!unreadable.isEmpty()) {
                throw unreadable.values().iterator().next();
            }
            if (legacyVersion != null) {
                throw legacy(legacyVersion.resolve("elements"));
            }
            throw new InputException(SourceLocation.ofFile(bundle), "the bundle holds no model version"
                    + " (no .xcdatamodel folder with a contents file)");
        }
        List<ModelWarning> guesses = new ArrayList<>();
        VersionFile currentFile = versions.size() == 1 && skipped.isEmpty()
                ? versions.get(0) : currentVersion(bundle, versions, unreadable, guesses);
        ModelVersion current = ContentsReader.read(currentFile.contents(), currentFile.name(),
                shownAs.apply(currentFile.contents()));
        List<ModelWarning> warnings = new ArrayList<>();
        if (!guesses.isEmpty()) {
            warnings.addAll(skipped);
            warnings.addAll(guesses);
        }
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
            throw new InputException(SourceLocation.ofFile(bundle), "cannot read the bundle: " + IoReasons.of(e), e);
        }
    }

    /** Reads one version of a bundle: the current one is read already, this is for the others. */
    public static ModelVersion readVersion(VersionFile version) {
        return ContentsReader.read(version.contents(), version.name());
    }

    private static VersionFile currentVersion(Path bundle, List<VersionFile> versions,
            Map<String, InputException> unreadable, List<ModelWarning> warnings) {
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
        } catch (IOException e) {
            // Falling back to another version would check a model the app does not compile.
            throw new InputException(at, "cannot read which version is current: " + IoReasons.of(e), e);
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
        InputException cannotRead = unreadable.get(wanted);
        if (cannotRead != null) {
            throw new InputException(cannotRead.location(), "cannot read the current version "
                    + Excerpt.quoted(wanted, QUOTED_NAME_LIMIT) + ": " + cannotRead.getMessage(), cannotRead);
        }
        return versions.stream().filter(v -> v.name().equals(wanted)).findFirst().orElseGet(() -> {
            warnings.add(new ModelWarning(at, "it names " + Excerpt.quoted(named.get(), QUOTED_NAME_LIMIT)
                    + " as the current version, which the bundle does not hold (or only in a form cdlint cannot"
                    + " read)" + fallback));
            return newest;
        });
    }


    /** Why a version folder cannot be read (the process may not enter it), if it cannot. */
    private static Optional<InputException> unreadableFolder(Path folder) {
        try {
            Files.readAttributes(folder.resolve(CONTENTS), BasicFileAttributes.class);
            return Optional.empty();
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new InputException(SourceLocation.ofFile(folder), "cannot read the model folder: "
                    + IoReasons.of(e), e));
        }
    }

    /**
     * The string after the {@code _XCCurrentVersionName} key of the property list, if there is one. A malformed
     * list is an {@link InputException} (the caller warns and falls back); a file the process cannot read is an
     * {@link IOException} (the caller gives up: no other version is the current one).
     */
    private static Optional<String> currentVersionName(Path plist) throws IOException {
        try (InputStream in = Files.newInputStream(plist)) {
            XMLStreamReader xml = HardenedXml.plistReader(in);
            try {
                String lastKey = null;
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        String element = xml.getLocalName();
                        if (element.equals("key")) {
                            lastKey = text(xml).trim();
                        } else if (element.equals("string") && CURRENT_VERSION_KEY.equals(lastKey)) {
                            String value = text(xml);
                            return value.isBlank() ? Optional.empty() : Optional.of(value);
                        }
                    }
                }
                return Optional.empty();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw HardenedXml.malformed(plist, "malformed " + CURRENT_VERSION_FILE, e);
        }
    }

    /**
     * The text of the element just started, up to its end tag. Unlike {@code getElementText()} it refuses an
     * entity reference rather than spell it "null": a property list's DTD is never read, so no entity is known.
     */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int event = xml.next(); event != XMLStreamConstants.END_ELEMENT; event = xml.next()) {
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException("the entity reference "
                        + Excerpt.quoted("&" + xml.getLocalName() + ";", QUOTED_NAME_LIMIT) + " is not allowed: cdlint reads no DTD, so no entity is"
                        + " defined", xml.getLocation());
                case XMLStreamConstants.START_ELEMENT -> throw new XMLStreamException("expected text but found"
                        + " the element " + Excerpt.quoted("<" + xml.getLocalName() + ">", QUOTED_NAME_LIMIT), xml.getLocation());
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("the file ends inside an"
                        + " element", xml.getLocation());
                default -> { }
            }
        }
        return text.toString();
    }

    private static ModelVersion readVersionFolder(Path folder, UnaryOperator<Path> shownAs) {
        Optional<InputException> cannotRead = unreadableFolder(folder);
        if (cannotRead.isPresent()) {
            throw cannotRead.get();
        }
        Path contents = folder.resolve(CONTENTS);
        if (Files.exists(contents, LinkOption.NOFOLLOW_LINKS)) {
            Optional<String> notRegular = IoReasons.notRegularFile(contents);
            if (notRegular.isPresent()) {
                throw new InputException(SourceLocation.ofFile(contents), "cannot read the model: "
                        + notRegular.get());
            }
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

    /**
     * Whether a file named on the command line could be a model's XML: its first character, after any byte order
     * mark and white space, is {@code <}. Catches a README or a binary file before the XML parser complains about
     * its "prolog".
     */
    private static boolean looksLikeXml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            for (int b = in.read(), read = 0; b >= 0 && read < SNIFFED_BYTES; b = in.read(), read++) {
                if (b == '<') {
                    return true;
                }
                boolean skipped = b == 0 || b == 0xEF || b == 0xBB || b == 0xBF || b == 0xFE || b == 0xFF
                        || Character.isWhitespace(b);
                if (!skipped) {
                    return false;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
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
