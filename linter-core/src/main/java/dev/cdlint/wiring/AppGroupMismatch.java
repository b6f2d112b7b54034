package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.model.swift.AppGroupUse;
import dev.cdlint.source.Excerpt;
import java.util.List;
import java.util.regex.Pattern;

@RuleInfo(
        id = "wiring-app-group-mismatch",
        severity = Severity.ERROR,
        summary = "An App Group is written in a form the platform refuses, or code uses one the target is not"
                + " signed for",
        rationale = "A store shared between an app and its extensions lives in an App Group container."
                + " containerURL(forSecurityApplicationGroupIdentifier:) needs an identifier the target's"
                + " com.apple.security.application-groups lists: on iOS a wrong one gives nil, on macOS a plausible"
                + " URL where writes then fail. Groups are group.<name>, and on macOS also <TEAMID>.<name>. Checked"
                + " after Xcode's substitution of $(TeamIdentifierPrefix); groups that do not resolve are left"
                + " alone.",
        source = Sources.CLOUDKIT + "#wiring-app-groups; Apple, \"com.apple.security.application-groups\","
                + " https://developer.apple.com/documentation/bundleresources/entitlements/com.apple.security.application-groups;"
                + " Apple, \"containerURL(forSecurityApplicationGroupIdentifier:)\","
                + " https://developer.apple.com/documentation/foundation/filemanager/containerurl(forsecurityapplicationgroupidentifier:)",
        runtimeError = "iOS: the container URL is nil and the store does not load; macOS: writes to the shared"
                + " store fail and apps fall back to an in-memory store.",
        fix = "Tick the same App Group in Signing & Capabilities for every target that opens the shared store, and"
                + " use exactly that identifier in code.",
        example = """
                FileManager.default.containerURL(forSecurityApplicationGroupIdentifier: "group.com.example.notes")
                Widget.entitlements lists only group.com.example.Notes""")
public final class AppGroupMismatch implements WiringRule {

    private static final Pattern TEAM_PREFIXED = Pattern.compile("[A-Z0-9]{10}\\..+");

    @Override
    public void check(WiringContext context) {
        AppWiring wiring = context.wiring();
        for (TargetVariant variant : context.variants()) {
            var entitlements = wiring.entitlements(variant);
            List<Entitlements.Item> groups = entitlements.map(e -> e.strings(Entitlements.APP_GROUPS))
                    .orElse(List.of());
            for (Entitlements.Item group : groups) {
                String id = group.text().strip();
                boolean wellFormed = id.startsWith("group.") && id.length() > "group.".length()
                        || variant.platform().isMac() && TEAM_PREFIXED.matcher(id).matches();
                if (group.certain() && !wellFormed) {
                    context.report(variant, group.location(), Entitlements.APP_GROUPS, "the App Group "
                            + Excerpt.quoted(group.text(), 120) + " is not group.<name>" + (variant.platform().isMac()
                            ? " or <TEAMID>.<name>" : "") + ", the form " + variant.platform().displayName()
                            + " accepts.");
                }
            }
            if (!wiring.entitlementsKnown(variant) || groups.stream().anyMatch(g -> !g.certain())) {
                continue;
            }
            List<String> listed = groups.stream().map(g -> g.text().strip()).toList();
            for (AppGroupUse use : wiring.groupUses(variant.target())) {
                if (!listed.contains(use.identifier())) {
                    context.report(variant, use.location(), Entitlements.APP_GROUPS, "the code uses the App Group "
                            + Excerpt.quoted(use.identifier(), 120) + ", which the target's entitlements do not"
                            + " list (" + (listed.isEmpty() ? "they list none" : String.join(", ",
                            listed.stream().map(g -> Excerpt.quoted(g, 120)).toList())) + ").");
                }
            }
        }
    }
}
