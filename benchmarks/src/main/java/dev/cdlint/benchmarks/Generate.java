package dev.cdlint.benchmarks;

import dev.cdlint.testing.SyntheticModel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated model for the whole-process scripts: {@code Generate typical DIR} (about 20 entities, a
 * typical app) or {@code Generate MB DIR} (about that many megabytes). Prints the contents file and its size.
 */
public final class Generate {

    private Generate() {}

    public static void main(String[] args) throws Exception {
        SyntheticModel model = args[0].equals("typical")
                ? SyntheticModel.typical()
                : SyntheticModel.ofSize(Long.parseLong(args[0]) * 1_000_000L);
        Path contents = model.writeTo(Path.of(args[1]));
        System.out.println(contents + " " + Files.size(contents));
    }
}
