package dev.cdlint.benchmarks;

import dev.cdlint.logs.LogDiagnoser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * The CPU time of reading and diagnosing {@link SyntheticConsole} sessions of growing size, beside the line-
 * splitting floor, best of 15 runs each. CPU time, unlike {@link LogBenchmark}'s wall-clock time, stays meaningful
 * on a machine other work keeps busy; the time per line across sizes shows whether the reader is linear.
 *
 * <p>Usage: {@code java -Xmx1g -cp benchmarks.jar dev.cdlint.benchmarks.LogScaling [WRAP_AT [LINES...]]}, or
 * {@code ... LogScaling corpus [MB...]} for logs of that many megabytes built from the corpus excerpts
 * ({@link CorpusLog}), with the throughput in MB of CPU time.
 */
public final class LogScaling {

    private static final int RUNS = 15;

    private LogScaling() {}

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("corpus")) {
            corpus(args);
            return;
        }
        int wrapAt = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int[] sizes = {2_000, 20_000, 200_000};
        if (args.length > 1) {
            sizes = new int[args.length - 1];
            for (int i = 1; i < args.length; i++) {
                sizes[i - 1] = Integer.parseInt(args[i]);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // The first size once more at the end: the first pass also warms the JIT up.
        for (int size : prepend(sizes[0], sizes)) {
            String session = SyntheticConsole.session(size, wrapAt);
            long diagnose = Long.MAX_VALUE;
            long floor = Long.MAX_VALUE;
            for (int run = 0; run < RUNS; run++) {
                long start = threads.getCurrentThreadCpuTime();
                BufferedReader lines = new BufferedReader(new StringReader(session));
                while (lines.readLine() != null) {
                    // the floor: only splitting the text into lines
                }
                long split = threads.getCurrentThreadCpuTime();
                LogDiagnoser diagnoser = new LogDiagnoser();
                diagnoser.read(Path.of("session.log"), new BufferedReader(new StringReader(session)));
                int diagnoses = diagnoser.diagnoses().size();
                long end = threads.getCurrentThreadCpuTime();
                floor = Math.min(floor, split - start);
                diagnose = Math.min(diagnose, end - split);
                if (diagnoses == 0) {
                    throw new IllegalStateException("the session gave no diagnosis");
                }
            }
            System.out.printf("%,9d lines %,12d chars  diagnose %8.1f ms CPU  %5.2f us/line  floor %6.1f ms"
                    + "  ratio %5.1f%n", size, session.length(), diagnose / 1e6, diagnose / 1e3 / size, floor / 1e6,
                    (double) diagnose / floor);
        }
    }

    private static void corpus(String[] args) throws IOException {
        CorpusLog corpus = CorpusLog.load();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String[] sizes = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length) : new String[] {"10", "50"};
        for (String megabytes : sizes) {
            String log = corpus.ofSize(Long.parseLong(megabytes) * 1_000_000L);
            long best = Long.MAX_VALUE;
            for (int run = 0; run < RUNS; run++) {
                long start = threads.getCurrentThreadCpuTime();
                LogDiagnoser diagnoser = new LogDiagnoser();
                diagnoser.read(Path.of("corpus.log"), new StringReader(log));
                if (diagnoser.diagnoses().isEmpty()) {
                    throw new IllegalStateException("the corpus log gave no diagnosis");
                }
                best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
            }
            System.out.printf("%,13d chars  diagnose %8.1f ms CPU  %6.1f MB/s of CPU time (best of %d)%n",
                    log.length(), best / 1e6, log.length() / (best / 1e3), RUNS);
        }
    }

    private static int[] prepend(int first, int[] rest) {
        int[] all = new int[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
