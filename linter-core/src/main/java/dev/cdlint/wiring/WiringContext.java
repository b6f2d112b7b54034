package dev.cdlint.wiring;

import dev.cdlint.check.RuleSettings;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.SourceLocation;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a wiring rule sees of the repository, and where it reports. A report about a target variant names the
 * target and its configuration; the same problem at the same line in several configurations or platforms of a
 * target is one finding that names them all.
 */
public final class WiringContext {

    /** One report, before reports of the same problem in other configurations are merged into it. */
    record Report(String rule, Severity severity, SourceLocation location, String target, String property,
            String configuration, String platform, String message) {}

    private final AppWiring wiring;
    private final String ruleId;
    private final Severity defaultSeverity;
    private final RuleSettings settings;
    private final Consumer<Report> sink;

    WiringContext(AppWiring wiring, WiringRule rule, RuleSettings settings, Consumer<Report> sink) {
        this.wiring = wiring;
        this.ruleId = rule.id();
        this.defaultSeverity = rule.defaultSeverity();
        this.settings = settings;
        this.sink = sink;
    }

    public AppWiring wiring() {
        return wiring;
    }

    public List<TargetVariant> variants() {
        return wiring.variants();
    }

    /**
     * Reports a problem of a variant at the line to change, at the rule's severity.
     *
     * @param property the entitlement, Info.plist key or build setting the finding is about, or null
     * @param message a sentence about the problem; the target and configuration are added in front
     */
    public void report(TargetVariant variant, SourceLocation at, String property, String message) {
        report(variant, at, property, defaultSeverity, message);
    }

    /** The same with the severity this finding warrants; a severity set in {@code .cdlint.yml} overrides it. */
    public void report(TargetVariant variant, SourceLocation at, String property, Severity graded, String message) {
        sink.accept(new Report(ruleId, severity(graded), at, variant.target().name(), property,
                variant.configuration(), variant.platform().displayName(), message));
    }

    /** Reports a problem of a file no single target owns: an ExportOptions plist, a script, an unreadable file. */
    public void report(SourceLocation at, String target, String property, String configuration, Severity graded,
            String message) {
        sink.accept(new Report(ruleId, severity(graded), at, target, property, configuration, null, message));
    }

    /**
     * The rule grades each finding by the evidence; a severity the configuration sets for the rule applies to all
     * of them.
     */
    private Severity severity(Severity graded) {
        return settings.severity() == defaultSeverity ? graded : settings.severity();
    }
}
