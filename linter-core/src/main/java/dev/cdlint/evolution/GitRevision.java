package dev.cdlint.evolution;

import dev.cdlint.model.DataModel;
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
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Reads a model as it stood at a git revision of the repository that holds it, with the {@code git} command: the
 * one every user of {@code --against-ref} has, which resolves revisions ({@code origin/main}, {@code v1.2^}, a
 * worktree's refs, a partial clone) exactly as the user's own git does. It never touches the work tree or the
 * index: {@code ls-tree} and {@code cat-file} read objects only, and {@code --no-optional-locks} keeps
 * {@code diff} from refreshing the index.
 *
 * <p>The model's files are copied into a private temporary folder for the model reader and deleted once it is read.
 * Locations name them as git does, {@code REF:path/in/repository}, so a finding about an element the current model
 * no longer has points at it in the revision ({@code git show REF:path} shows that file).
 */
public final class GitRevision {

    private final Path top;
    private final String ref;
    private final String commit;

    private GitRevision(Path top, String ref, String commit) {
        this.top = top;
        this.ref = ref;
        this.commit = commit;
    }

    /**
     * The model at the revision: the same path, or the path it had there when git sees it renamed since; without
     * entities when it did not exist there, so that everything in it is new.
     *
     * @throws InputException when the model is not in a git repository, or the revision does not exist there
     */
    public static DeployedModel modelAt(Path model, String ref) {
        return modelAt(model, ref, path -> true, ModelReader::read);
    }

    /** Reads the copy of a model's files taken from a revision, its locations naming them as {@code shownAs} says. */
    @FunctionalInterface
    public interface Reader {
        DataModel read(Path copy, UnaryOperator<Path> shownAs);
    }

    /**
     * The same for a model of any form: only the files under {@code model} whose repository path {@code wanted}
     * accepts are copied (the Swift sources of a SwiftData model's folder, say), and {@code reader} reads the copy.
     */
    public static DeployedModel modelAt(Path model, String ref, Predicate<String> wanted, Reader reader) {
        GitRevision revision = open(model, ref);
        return revision.commit == null ? DeployedModel.absent(revision.shownAs(revision.repositoryPath(model)), ref)
                : revision.read(model, wanted, reader);
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
        Result topLevel = git(folder, null, "rev-parse", "--show-toplevel");
        if (!topLevel.ok()) {
            throw new InputException(at, "--against-ref " + ref + " reads the model's git history, but it is not in a"
                    + " git repository (" + topLevel.error() + ")");
        }
        Path top = Path.of(topLevel.text().strip());
        Result commit = git(top, null, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        if (!commit.ok()) {
            // Before a repository's first commit (which a pre-commit hook runs in) no revision exists at all:
            // nothing can have been deployed from it, so the model is all new, as one added since the revision is.
            if (!git(top, null, "rev-parse", "--verify", "--quiet", "HEAD").ok()) {
                return new GitRevision(top, ref, null);
            }
            throw new InputException(at, "--against-ref: no revision '" + ref + "' in the git repository " + top
                    + " (a branch, tag or commit; fetch it first if it is a remote branch)");
        }
        return new GitRevision(top, ref, commit.text().strip());
    }

    private DeployedModel read(Path model, Predicate<String> wanted, Reader reader) {
        String path = repositoryPath(model);
        Listing here = listing(path).only(wanted);
        Optional<Listing> then = here.blobs().isEmpty() ? renamedFrom(path) : Optional.of(here);
        if (then.isEmpty()) {
            return DeployedModel.absent(shownAs(path), ref);
        }
        Path copy = null;
        try {
            copy = Files.createTempDirectory("cdlint-ref-");
            extract(then.get().only(wanted), copy);
            Path root = copy;
            return DeployedModel.of(reader.read(copy.resolve(then.get().path()),
                    file -> shownAs(slashed(root.relativize(file)))), ref);
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

    /** A path at the revision and the blobs under it, as {@code objectId path} pairs; none when it did not exist. */
    private record Listing(String path, List<String[]> blobs) {

        Listing only(Predicate<String> wanted) {
            return new Listing(path, blobs.stream().filter(blob -> wanted.test(blob[1])).toList());
        }
    }

    private Listing listing(String path) {
        Result listing = git(top, null, "ls-tree", "-r", "-z", commit, "--", ":(literal)" + path);
        if (!listing.ok()) {
            throw new InputException(SourceLocation.ofFile(top), "git ls-tree failed: " + listing.error());
        }
        List<String[]> blobs = new ArrayList<>();
        for (String entry : listing.text().split("\0")) {
            int tab = entry.indexOf('\t');
            String[] fields = tab < 0 ? new String[0] : entry.substring(0, tab).split(" ");
            if (fields.length == 3 && fields[1].equals("blob") && !fields[0].equals("120000")) {
                blobs.add(new String[] {fields[2], entry.substring(tab + 1)});
            }
        }
        return new Listing(path, blobs);
    }

    /**
     * The path the model had at the revision, when git sees its files renamed between the revision and the work tree:
     * the source of a renamed file under the model, with as many trailing names taken off as the file has below it.
     */
    private Optional<Listing> renamedFrom(String path) {
        Result diff = git(top, null, "diff", "-M", "--name-status", "-z", commit, "--");
        if (!diff.ok()) {
            return Optional.empty();
        }
        String[] parts = diff.text().split("\0");
        for (int i = 0; i + 2 < parts.length; i++) {
            if (parts[i].startsWith("R") && (parts[i + 2].equals(path) || parts[i + 2].startsWith(path + "/"))) {
                String below = parts[i + 2].substring(path.length());
                int depth = (int) below.chars().filter(c -> c == '/').count();
                Path source = Path.of(parts[i + 1]);
                if (source.getNameCount() > depth) {
                    String then = depth == 0 ? parts[i + 1]
                            : slashed(source.subpath(0, source.getNameCount() - depth));
                    Listing listing = listing(then);
                    if (!listing.blobs().isEmpty()) {
                        return Optional.of(listing);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Writes the model's files at the revision into the folder, in one {@code git cat-file --batch}. */
    private void extract(Listing listing, Path folder) throws IOException {
        List<String[]> blobs = listing.blobs();
        StringBuilder ids = new StringBuilder();
        blobs.forEach(blob -> ids.append(blob[0]).append('\n'));
        Result batch = git(top, ids.toString().getBytes(StandardCharsets.US_ASCII), "cat-file", "--batch");
        if (!batch.ok()) {
            throw new IOException("git cat-file failed: " + batch.error());
        }
        byte[] out = batch.output();
        int at = 0;
        for (String[] blob : blobs) {
            int newline = indexOf(out, (byte) '\n', at);
            String[] header = new String(out, at, newline - at, StandardCharsets.US_ASCII).split(" ");
            if (header.length != 3) {
                throw new IOException("git cat-file answered '" + String.join(" ", header) + "' for " + blob[1]);
            }
            int size = Integer.parseInt(header[2]);
            Path file = folder.resolve(blob[1]).normalize();
            if (!file.startsWith(folder)) {
                throw new IOException("a path outside the repository: " + blob[1]);
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

    private record Result(int exitCode, byte[] output, String error) {
        boolean ok() {
            return exitCode == 0;
        }

        String text() {
            return new String(output, StandardCharsets.UTF_8);
        }
    }

    private static Result git(Path folder, byte[] input, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "--no-optional-locks", "-C", folder.toString()));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(folder), "--against-ref needs the git command, which"
                    + " cannot be run: " + e.getMessage(), e);
        }
        try {
            CompletableFuture<byte[]> error = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (OutputStream stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input);
                }
            }
            byte[] output = readAll(process.getInputStream());
            int exit = process.waitFor();
            return new Result(exit, output, new String(error.join(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(folder), "git failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new InputException(SourceLocation.ofFile(folder), "interrupted while git was running", e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
