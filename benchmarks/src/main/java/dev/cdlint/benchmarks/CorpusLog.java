package dev.cdlint.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A log made of the real excerpts in the shared corpus ({@code ../shared/corpus/logs}, the folder in the system
 * property {@code cdlint.corpus.logs} when set), one after the other, over and over: what a paste of many issues'
 * logs looks like, nearly every message an error of some kind. The excerpts are read at run time, never copied
 * into the project.
 */
final class CorpusLog {

    private final String excerpts;

    private CorpusLog(String excerpts) {
        this.excerpts = excerpts;
    }

    static CorpusLog load() {
        Path folder = Path.of(System.getProperty("cdlint.corpus.logs", "../shared/corpus/logs"));
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                all.append(text).append(text.endsWith("\n") ? "" : "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the corpus excerpts are not at " + folder.toAbsolutePath()
                    + " (set -Dcdlint.corpus.logs)", e);
        }
        if (all.length() == 0) {
            throw new IllegalStateException("no .log file in " + folder.toAbsolutePath());
        }
        return new CorpusLog(all.toString());
    }

    /** The excerpts repeated to at least {@code characters}. */
    String ofSize(long characters) {
        int times = (int) Math.max(1, (characters + excerpts.length() - 1) / excerpts.length());
        return excerpts.repeat(times);
    }

    /** Writes the excerpts, repeated, until at least {@code bytes} are written, without holding the whole log. */
    void write(long bytes, Writer out) throws IOException {
        long length = excerpts.getBytes(StandardCharsets.UTF_8).length;
        for (long written = 0; written < bytes; written += length) {
            out.write(excerpts);
        }
    }

    /** One pass over every excerpt, in characters. */
    int length() {
        return excerpts.length();
    }
}
