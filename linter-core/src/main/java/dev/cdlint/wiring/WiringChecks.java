package dev.cdlint.wiring;

import dev.cdlint.check.Check;
import dev.cdlint.check.RuleSettings;
import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.Excerpt;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs the wiring rules on one repository: reads it once ({@link AppWiring}), lets every rule report, and merges
 * the reports of one problem in several configurations and platforms of a target into one finding.
 *
 * <p>A wiring finding names its target in {@link Finding#entity()}, the entitlement, Info.plist key or build
 * setting in {@link Finding#property()} (so the element is {@code Target.key}), and the build configurations in
 * {@link Finding#configuration()}, comma-separated in the project's order; the message starts with the same.
 */
public final class WiringChecks {

    private WiringChecks() {}

    /**
     * What a run found in one repository.
     *
     * @param findings sorted in {@link Finding#REPORT_ORDER}
     * @param read every file the run read, which no report may overwrite
     */
    public record Result(List<Finding> findings, Set<Path> read) {
        public Result {
            findings = List.copyOf(findings);
            read = Set.copyOf(read);
        }
    }

    /**
     * @param settings how each rule runs after configuration; empty turns it off
     */
    public static Result check(Path root, SwiftCode code, List<WiringRule> rules,
            Function<Check, Optional<RuleSettings>> settings) {
        return check(AppWiring.read(root, code), rules, settings);
    }

    /** The same on a repository read already. */
    public static Result check(AppWiring wiring, List<WiringRule> rules,
            Function<Check, Optional<RuleSettings>> settings) {
        List<WiringContext.Report> reports = new ArrayList<>();
        // The two rules that say what was not read or resolved run last, so that what the others could not read
        // is in their findings.
        List<WiringRule> ordered = new ArrayList<>(rules);
        ordered.sort(Comparator.comparing(r -> r instanceof ProjectUnreadable || r instanceof TargetUnresolved));
        for (WiringRule rule : ordered) {
            settings.apply(rule).ifPresent(s -> rule.check(new WiringContext(wiring, rule, s, reports::add)));
        }
        return new Result(merged(reports, wiring), wiring.filesRead());
    }

    private record Problem(String rule, Severity severity, SourceLocation location, String target, String property,
            String message) {}

    private static List<Finding> merged(List<WiringContext.Report> reports, AppWiring wiring) {
        Map<Problem, Set<String>> configurations = new LinkedHashMap<>();
        Map<Problem, Set<String>> platforms = new LinkedHashMap<>();
        for (WiringContext.Report report : reports) {
            Problem problem = new Problem(report.rule(), report.severity(), report.location(), report.target(),
                    report.property(), report.message());
            Set<String> names = configurations.computeIfAbsent(problem, p -> new LinkedHashSet<>());
            if (report.configuration() != null) {
                names.add(report.configuration());
            }
            Set<String> on = platforms.computeIfAbsent(problem, p -> new LinkedHashSet<>());
            if (report.platform() != null) {
                on.add(report.platform());
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Problem, Set<String>> entry : configurations.entrySet()) {
            Problem problem = entry.getKey();
            String configuration = entry.getValue().isEmpty() ? null : String.join(", ", entry.getValue());
            String subject = subject(problem.target(), configuration,
                    platformsWorthNaming(wiring, problem.target(), platforms.get(problem)));
            findings.add(new Finding(problem.rule(), problem.severity(), subject + problem.message(),
                    problem.location(), problem.target(), problem.property(), configuration, null, null));
        }
        findings.sort(Finding.REPORT_ORDER);
        return findings;
    }

    /** "Target 'App' (Debug, Release; macOS): ", or less where less is known. */
    private static String subject(String target, String configuration, String platforms) {
        if (target == null) {
            return configuration == null ? "" : "(" + configuration + ") ";
        }
        StringBuilder subject = new StringBuilder("Target ").append(Excerpt.quoted(target, 80));
        List<String> parts = new ArrayList<>();
        if (configuration != null) {
            parts.add(configuration);
        }
        if (!platforms.isEmpty()) {
            parts.add(platforms);
        }
        if (!parts.isEmpty()) {
            subject.append(" (").append(String.join("; ", parts)).append(')');
        }
        return subject.append(": ").toString();
    }

    /** The platforms of a report, named only when the target builds for more than these. */
    private static String platformsWorthNaming(AppWiring wiring, String target, Set<String> reported) {
        if (reported == null || reported.isEmpty()) {
            return "";
        }
        Set<String> all = new LinkedHashSet<>();
        wiring.variants().stream().filter(v -> v.target().name().equals(target))
                .forEach(v -> all.add(v.platform().displayName()));
        return all.size() > 1 ? String.join(", ", reported) : "";
    }
}
