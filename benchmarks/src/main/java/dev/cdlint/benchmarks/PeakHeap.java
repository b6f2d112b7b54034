package dev.cdlint.benchmarks;

import dev.cdlint.config.LintConfig;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.model.xml.ModelReader;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One read + mirror + check of a generated model of the given size, in a JVM whose heap the caller caps with
 * {@code -Xmx}: benchmarks/heap.sh finds the smallest cap under which it still succeeds, which is the peak heap a
 * run really needs (summing pool peaks over-counts what the collector could have freed).
 *
 * <p>Usage: {@code java -Xmx256m -cp benchmarks.jar dev.cdlint.benchmarks.PeakHeap MODEL}.
 */
public final class PeakHeap {

    private PeakHeap() {}

    public static void main(String[] args) throws Exception {
        var model = ModelReader.read(Path.of(args[0]));
        var findings = RuleEngine.withAllRules().check(model, LintConfig.defaults(), Optional.empty());
        System.out.println(findings.size() + " findings");
    }
}
