package dev.cdlint.testing;

import dev.cdlint.finding.Finding;
import java.util.List;

/**
 * A finding as the pipeline reported it, with how many times the input shows it: a log diagnosis counts its
 * messages; a finding of {@code cdlint check} is there once.
 */
public record Reported(Finding finding, int count) {

    public static List<Reported> once(List<Finding> findings) {
        return findings.stream().map(finding -> new Reported(finding, 1)).toList();
    }
}
