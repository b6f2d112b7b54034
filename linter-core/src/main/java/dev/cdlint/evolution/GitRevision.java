package dev.cdlint.evolution;

import dev.cdlint.mapping.DeployedModel;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.Entity;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Reads a model as it stood at a git revision of the repository that holds it, with the {@code git} command: the
 * one every user of {@code --against-ref} has, which resolves revisions ({@code origin/main}, {@code v1.2^}, a
 * worktree's refs) exactly as the user's own git does.
 *
 * <p>The repository may be hostile, its {@code .git/config} included, so only committed objects are read, through
 * plumbing ({@code rev-parse}, {@code ls-tree}, {@code cat-file}): nothing compares with the work tree, so no
 * fsmonitor, clean filter or textconv runs and the index is never refreshed, and every call runs with hooks,
 * fsmonitor, transports (so a partial clone's lazy fetch, and any command a remote's configuration names), pagers
 * and prompts turned off ({@link Git#run}). Whatever git fails at is an error with git's own reason: a revision read
 * wrongly is worse than none, since "nothing deployed" hides every breaking change.
 *
 * <p>A model that is not at its path in the revision (moved or renamed since) is looked for there by its folder's
 * name, then by its entities, among the revision's models that are gone from the work tree; {@link DeployedModel#located}
 * says which was chosen, or that none was and the model is all new.
 *
 * <p>The model's files are copied into a private temporary folder for the model reader and deleted once it is read.
 * Locations name them as git does, {@code REF:path/in/repository}, so a finding about an element the current model
 * no longer has points at it in the revision ({@code git show REF:path} shows that file).
 */
public final class GitRevision {

    private static final String BUNDLE_SUFFIX = ".xcdatamodeld";
    private static final String VERSION_SUFFIX = ".xcdatamodel";

    private final Path top;
    private final String ref;
    private final String commit;

    private GitRevision(Path top, String ref, String commit) {
        this.top = top;
        this.ref = ref;
        this.commit = commit;
    }

    /**
     * The model at the revision: the same path, or the model there that it was moved or renamed from; without
     * entities when it did not exist there, so that everything in it is new.
     *
     * @throws InputException when the model is not in a git repository, the revision does not exist there, or git
     *     fails to read it
     */
    public static DeployedModel modelAt(Path model, String ref) {
        GitRevision revision = open(model, ref);
        return revision.commit == null ? DeployedModel.absent(revision.shownAs(revision.repositoryPath(model)), ref)
                : revision.read(model);
    }

    /** Reads the copy of a model's files taken from a revision, its locations naming them as {@code shownAs} says. */
    @FunctionalInterface
    public interface Reader {
        DataModel read(Path copy, UnaryOperator<Path> shownAs);
    }

    /**
     * A model of another form at the revision: the files under {@code model} whose repository path {@code wanted}
     * accepts (the Swift sources of a SwiftData model's folder), copied as they were there and read by
     * {@code reader}, which finds the model among them; without entities when there are none.
     */
    public static DeployedModel sourcesAt(Path model, String ref, Predicate<String> wanted, Reader reader) {
        GitRevision revision = open(model, ref);
        String path = revision.repositoryPath(model);
        if (revision.commit == null) {
            return DeployedModel.absent(revision.shownAs(path), ref);
        }
        List<Blob> here = revision.blobs("ls-tree", "-r", "-z", revision.commit, "--", ":(literal)" + path).stream()
                .filter(blob -> wanted.test(blob.path())).toList();
        if (here.isEmpty()) {
            return DeployedModel.absent(revision.shownAs(path), ref);
        }
        return revision.withCopy(model, here, copy -> DeployedModel.of(reader.read(copy.resolve(path),
                file -> revision.shownAs(slashed(copy.relativize(file)))), ref));
    }

    /** The revision; one without a commit in a repository that has none yet. */
    private static GitRevision open(Path model, String ref) {
        SourceLocation at = SourceLocation.ofFile(model);
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new InputException(at, "'" + ref + "' is not a git revision");
        }
        Path real;
        try {
            real = model.toAbsolutePath().toRealPath();
        } catch (IOException e) {
            throw new InputException(at, "no such file or directory");
        }
        Path folder = Files.isDirectory(real) ? real : real.getParent();
        Git.Result topLevel = Git.run(folder, null, "rev-parse", "--show-toplevel");
        if (!topLevel.ok()) {
            throw new InputException(at, "--against-ref " + ref + " reads the model's git history, but it is not in a"
                    + " git repository (" + topLevel.error() + ")");
        }
        Path top = Path.of(topLevel.text().strip());
        Git.Result commit = Git.run(top, null, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        if (!commit.ok()) {
            // Before a repository's first commit (which a pre-commit hook runs in) no revision exists at all:
            // nothing can have been deployed from it, so the model is all new, as one added since the revision is.
            if (!Git.run(top, null, "rev-parse", "--verify", "--quiet", "HEAD").ok()) {
                return new GitRevision(top, ref, null);
            }
            throw new InputException(at, "--against-ref: no revision '" + ref + "' in the git repository " + top
                    + " (a branch, tag or commit; fetch it first if it is a remote branch)");
        }
        return new GitRevision(top, ref, commit.text().strip());
    }

    private DeployedModel read(Path model) {
        String path = repositoryPath(model);
        List<Blob> here = blobs("ls-tree", "-r", "-z", commit, "--", ":(literal)" + path);
        if (!here.isEmpty()) {
            return withCopy(model, here, copy -> DeployedModel.of(readCopy(copy, path), ref));
        }
        Map<String, List<Blob>> gone = modelsGoneFromTheWorkTree(path);
        if (gone.isEmpty()) {
            return absent(path, model);
        }
        List<Blob> all = gone.values().stream().flatMap(List::stream).toList();
        return withCopy(model, all, copy -> {
            Candidate chosen = choose(model, path, gone.keySet(), copy);
            if (chosen == null) {
                return absent(path, model);
            }
            return DeployedModel.of(readCopy(copy, chosen.path()), ref).withLocated(path + " is not at that path in "
                    + ref + "; it was compared with " + chosen.path() + " there, which " + chosen.why()
                    + " and is gone from the work tree.");
        });
    }

    private DeployedModel absent(String path, Path model) {
        return DeployedModel.absent(shownAs(path), ref).withLocated(path + " is not in " + ref + ", and no model"
                + " there that is gone from the work tree has its name or most of its entities: everything in it is"
                + " treated as new.");
    }

    /** A model of the revision that may be the current one, and what says so. */
    private record Candidate(String path, String why) {}

    /**
     * Among the revision's models gone from the work tree: the one with the model's folder name, if one alone has
     * it; else the one that shares the most entities with it, if it shares at least half of them.
     */
    private Candidate choose(Path model, String path, Set<String> gone, Path copy) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        List<String> named = gone.stream().filter(p -> p.substring(p.lastIndexOf('/') + 1).equals(name)).toList();
        if (named.size() == 1) {
            return new Candidate(named.get(0), "has its name");
        }
        Set<String> entities = entityNames(ModelReader.read(model));
        Candidate best = null;
        int bestShared = 0;
        for (String candidate : named.isEmpty() ? gone : named) {
            Set<String> then;
            try {
                then = entityNames(ModelReader.read(copy.resolve(candidate)));
            } catch (InputException unreadable) {
                continue; // not comparable: it cannot be the one
            }
            Set<String> shared = new TreeSet<>(then);
            shared.retainAll(entities);
            if (shared.size() > bestShared && 2 * shared.size() >= entities.size()) {
                bestShared = shared.size();
                best = new Candidate(candidate, "has " + shared.size() + " of its " + entities.size() + " entities ("
                        + String.join(", ", shared) + ")");
            }
        }
        return best;
    }

    private static Set<String> entityNames(DataModel model) {
        return model.current().entities().stream().map(Entity::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The models of the revision (bundles, and model folders outside one) that are not in the work tree any more,
     * with their files: those the model may have been moved or renamed from. A model still in the work tree is
     * another model, not an earlier place of this one.
     */
    private Map<String, List<Blob>> modelsGoneFromTheWorkTree(String path) {
        Map<String, List<Blob>> models = new TreeMap<>();
        for (Blob blob : blobs("ls-tree", "-r", "-z", "--full-tree", commit)) {
            String root = modelRoot(blob.path());
            if (root != null && !root.equals(path) && !Files.exists(top.resolve(root), LinkOption.NOFOLLOW_LINKS)) {
                models.computeIfAbsent(root, r -> new ArrayList<>()).add(blob);
            }
        }
        models.values().removeIf(files -> files.stream().noneMatch(f -> f.path().endsWith("/contents")));
        return models;
    }

    /** The bundle a file is in, else the model folder it is in, as {@code ModelFinder.modelOf} sees it; or null. */
    private static String modelRoot(String file) {
        String[] names = file.split("/");
        int folder = -1;
        for (int i = names.length - 2; i >= 0; i--) {
            if (names[i].endsWith(BUNDLE_SUFFIX)) {
                return String.join("/", List.of(names).subList(0, i + 1));
            }
            if (folder < 0 && names[i].endsWith(VERSION_SUFFIX)) {
                folder = i;
            }
        }
        return folder < 0 ? null : String.join("/", List.of(names).subList(0, folder + 1));
    }

    /** How a file of the revision is named in findings: {@code REF:path}, git's own notation. */
    Path shownAs(String repositoryPath) {
        return Path.of(ref + ":" + repositoryPath);
    }

    private String repositoryPath(Path model) {
        try {
            return slashed(top.relativize(model.toAbsolutePath().toRealPath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file at the revision: its object id and its path in the repository. */
    private record Blob(String id, String path) {}

    /** The blobs an {@code ls-tree -r -z} lists (symbolic links, which git stores as blobs too, left out). */
    private List<Blob> blobs(String... lsTree) {
        Git.Result listing = Git.run(top, null, lsTree);
        if (!listing.ok()) {
            throw new InputException(SourceLocation.ofFile(top), "--against-ref " + ref + ": git ls-tree failed: "
                    + listing.error());
        }
        List<Blob> blobs = new ArrayList<>();
        for (String entry : listing.text().split("\0")) {
            int tab = entry.indexOf('\t');
            String[] fields = tab < 0 ? new String[0] : entry.substring(0, tab).split(" ");
            if (fields.length == 3 && fields[1].equals("blob") && !fields[0].equals("120000")) {
                blobs.add(new Blob(fields[2], entry.substring(tab + 1)));
            }
        }
        return blobs;
    }

    /** What is done with the revision's files once they are copied out. */
    @FunctionalInterface
    private interface WithCopy {
        DeployedModel apply(Path copy);
    }

    /** Copies the files into a private temporary folder, at their paths in the repository, for the reader. */
    private DeployedModel withCopy(Path model, Collection<Blob> blobs, WithCopy reader) {
        Path copy = null;
        try {
            copy = Files.createTempDirectory("cdlint-ref-");
            extract(blobs, copy);
            return reader.apply(copy);
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(model), "cannot copy the model at " + ref + " to a"
                    + " temporary folder: " + e.getMessage(), e);
        } catch (InputException e) {
            throw copy == null || !e.location().file().startsWith(copy) ? e : new InputException(new SourceLocation(
                    shownAs(slashed(copy.relativize(e.location().file()))), e.location().line(),
                    e.location().column()), e.getMessage(), e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private DataModel readCopy(Path copy, String path) {
        return ModelReader.read(copy.resolve(path), file -> shownAs(slashed(copy.relativize(file))));
    }

    /** Writes the files into the folder, in one {@code git cat-file --batch}. */
    private void extract(Collection<Blob> blobs, Path folder) throws IOException {
        StringBuilder ids = new StringBuilder();
        blobs.forEach(blob -> ids.append(blob.id()).append('\n'));
        Git.Result batch = Git.run(top, ids.toString().getBytes(StandardCharsets.US_ASCII), "cat-file", "--batch");
        if (!batch.ok()) {
            throw new InputException(SourceLocation.ofFile(top), "--against-ref " + ref + ": git cat-file failed: "
                    + batch.error());
        }
        byte[] out = batch.output();
        int at = 0;
        for (Blob blob : blobs) {
            int newline = indexOf(out, (byte) '\n', at);
            String[] header = new String(out, at, newline - at, StandardCharsets.US_ASCII).split(" ");
            if (header.length == 2 && header[1].equals("missing")) {
                // A partial or shallow clone without the object: cdlint never fetches (see Git#run).
                throw new InputException(SourceLocation.ofFile(shownAs(blob.path())), "--against-ref " + ref
                        + ": the repository"
                        + " does not have this file's content (object " + blob.id() + "; a partial or shallow clone):"
                        + " fetch " + ref + " with its files first");
            }
            if (header.length != 3) {
                throw new IOException("git cat-file answered '" + String.join(" ", header) + "' for " + blob.path());
            }
            int size = Integer.parseInt(header[2]);
            Path file = folder.resolve(blob.path()).normalize();
            if (!file.startsWith(folder)) {
                throw new IOException("a path outside the repository: " + blob.path());
            }
            Files.createDirectories(file.getParent());
            try (OutputStream copy = Files.newOutputStream(file)) {
                copy.write(out, newline + 1, size);
            }
            at = newline + 1 + size + 1;
        }
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new IllegalStateException("truncated git cat-file output");
    }

    private static String slashed(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A copy left in the private temporary folder is no reason to lose the report.
        }
    }
}
