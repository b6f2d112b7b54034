package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.Excerpt;
import dev.cdlint.xcode.BuildSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@RuleInfo(
        id = "wiring-entitlements-config-divergence",
        severity = Severity.INFO,
        summary = "One target's configurations are signed with entitlements that differ in iCloud or push",
        rationale = "A target that names one entitlements file for Debug and another for Release is often"
                + " deliberate, but when the files differ in what CloudKit needs (the services, the containers, the"
                + " push key, the App Groups), sync that works in one configuration fails in the other and is found"
                + " late. Differences in values only (development and production push) are expected and not"
                + " reported.",
        source = Sources.CLOUDKIT + "#wiring-entitlements; a real case, https://github.com/0xCUB3/wBlock/pull/487",
        runtimeError = "Sync works in Debug and not in Release, or the reverse.",
        fix = "Make the iCloud, push and App Group keys the same in every configuration's entitlements file, or"
                + " use one file for all.",
        example = """
                Debug:   CODE_SIGN_ENTITLEMENTS = App/Debug.entitlements    (iCloud with CloudKit)
                Release: CODE_SIGN_ENTITLEMENTS = App/Release.entitlements  (no iCloud)""")
public final class EntitlementsConfigDivergence implements WiringRule {

    @Override
    public void check(WiringContext context) {
        AppWiring wiring = context.wiring();
        Map<String, Map<String, TargetVariant>> byTargetAndPlatform = new LinkedHashMap<>();
        for (TargetVariant variant : context.variants()) {
            byTargetAndPlatform.computeIfAbsent(variant.project().file() + "\u0000" + variant.target().name() + "\u0000"
                    + variant.platform(), k -> new LinkedHashMap<>()).put(variant.configuration(), variant);
        }
        for (Map<String, TargetVariant> configurations : byTargetAndPlatform.values()) {
            TargetVariant first = null;
            Map<String, String> firstSummary = null;
            Path firstFile = null;
            for (TargetVariant variant : configurations.values()) {
                Optional<Entitlements> entitlements = wiring.entitlements(variant);
                if (entitlements.isEmpty()) {
                    continue;
                }
                Map<String, String> summary = summary(entitlements.get());
                if (first == null) {
                    first = variant;
                    firstSummary = summary;
                    firstFile = entitlements.get().file();
                } else if (!entitlements.get().file().equals(firstFile) && !summary.equals(firstSummary)) {
                    BuildSettings.Value setting = variant.setting("CODE_SIGN_ENTITLEMENTS").orElseThrow();
                    context.report(variant, setting.location(), "CODE_SIGN_ENTITLEMENTS", "is signed with "
                            + Excerpt.quoted(setting.text(), 120) + ", which differs from " + first.configuration()
                            + "'s in " + differences(firstSummary, summary) + ": sync that works in one"
                            + " configuration may not in the other.");
                }
            }
        }
    }

    /** What CloudKit needs from a file, comparable across files: services, containers, push, groups. */
    private static Map<String, String> summary(Entitlements file) {
        Map<String, String> summary = new TreeMap<>();
        for (String key : List.of(Entitlements.ICLOUD_SERVICES, Entitlements.CONTAINERS, Entitlements.APP_GROUPS)) {
            summary.put(key, String.join(" ", file.strings(key).stream().map(Entitlements.Item::text).sorted()
                    .toList()));
        }
        summary.put(Entitlements.PUSH_IOS, String.valueOf(file.has(Entitlements.PUSH_IOS)));
        summary.put(Entitlements.PUSH_MACOS, String.valueOf(file.has(Entitlements.PUSH_MACOS)));
        return summary;
    }

    private static String differences(Map<String, String> a, Map<String, String> b) {
        return String.join(", ", a.keySet().stream().filter(k -> !a.get(k).equals(b.get(k))).toList());
    }
}
