package dev.cdlint.benchmarks;

import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.Linter;
import dev.cdlint.model.swift.SwiftDataReader;
import dev.cdlint.model.swift.SwiftFinder;
import dev.cdlint.model.swift.SwiftProject;
import dev.cdlint.swift.SwiftFile;
import dev.cdlint.testing.SyntheticModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The CPU time of the Swift side, best of 15 runs each, which stays meaningful on a machine other work keeps busy
 * (unlike {@link SwiftBenchmark}'s wall-clock time): MB/s of Swift read (lexed and its declarations read) at 1, 10
 * and 40 MB, which also shows whether reading is linear; a project of models read and placed; and what 5,000 Swift
 * files that mention no model add to linting a folder, against the same folder without them.
 *
 * <p>Usage: {@code java -Xmx2g -cp benchmarks.jar dev.cdlint.benchmarks.SwiftScaling}.
 */
public final class SwiftScaling {

    private static final int RUNS = 15;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SwiftScaling() {}

    public static void main(String[] args) throws IOException {
        for (int megabytes : new int[] {1, 1, 10, 40}) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; text.length() < megabytes * 1_000_000; i++) {
                text.append(SyntheticSwift.models("Big" + i + "x", 20)).append(SyntheticSwift.appCode(i));
            }
            String source = text.toString();
            long bytes = source.getBytes(StandardCharsets.UTF_8).length;
            long best = best(() -> SwiftFile.read(Path.of("Big.swift"), source));
            System.out.printf("read %,11d bytes of Swift  %8.1f ms CPU  %6.1f MB/s%n", bytes, best / 1e6,
                    bytes / 1e6 / (best / 1e9));
        }
        Path directory = Files.createTempDirectory("cdlint-swift-scaling");
        Path models = SyntheticSwift.project(directory.resolve("models"), 20, 10, 200);
        long project = best(() -> SwiftDataReader.read(SwiftProject.read(SwiftFinder.find(models, p -> false))));
        System.out.printf("a project of 200 model classes and 200 other files, read and placed  %8.1f ms CPU%n",
                project / 1e6);
        Path plain = directory.resolve("plain");
        SyntheticModel.typical().writeTo(plain.resolve("App/Model.xcdatamodel"));
        Path app = SyntheticSwift.project(directory.resolve("app"), 0, 0, 5_000);
        SyntheticModel.typical().writeTo(app.resolve("App/Model.xcdatamodel"));
        long without = best(() -> new Linter().lint(LintRequest.of(plain)));
        long with = best(() -> new Linter().lint(LintRequest.of(app)));
        System.out.printf("lint a folder with one model: %8.1f ms CPU; beside 5,000 Swift files without models:"
                + " %8.1f ms CPU (+%.1f ms)%n", without / 1e6, with / 1e6, (with - without) / 1e6);
    }

    private static long best(Supplier<?> work) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long start = THREADS.getCurrentThreadCpuTime();
            if (work.get() == null) {
                throw new IllegalStateException("nothing read");
            }
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
        }
        return best;
    }
}
