package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.plist.PlistValue;
import dev.cdlint.source.Excerpt;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "wiring-entitlement-value-shape",
        severity = Severity.ERROR,
        summary = "An iCloud or push entitlement has a value of the wrong shape, often copied from a provisioning"
                + " profile",
        rationale = "A provisioning profile lists what an app may use: the environment as an array of both values,"
                + " the services as \"*\", a wildcard key-value store. The entitlements file says what the app uses:"
                + " one environment string, an array of services naming CloudKit, one store identifier. Copying the"
                + " profile's values into the file makes CloudKit crash at launch or signing fail. Keys that signing"
                + " adds itself (application-identifier, team-identifier) can only drift from the profile when"
                + " written by hand (info), and a development-container list keeps builds on Development"
                + " containers (warning).",
        source = Sources.CLOUDKIT + "#wiring-entitlements; Apple, \"icloud-container-environment\","
                + " https://developer.apple.com/documentation/bundleresources/entitlements/com.apple.developer.icloud-container-environment;"
                + " a real case, https://github.com/Muesli-HQ/muesli/pull/250",
        runtimeError = "CloudKit crashes at launch, or code signing fails: \"Provisioning profile … doesn't"
                + " include the … entitlement\".",
        fix = "Write the value the entitlement documents: com.apple.developer.icloud-container-environment a single"
                + " string (Development or Production), com.apple.developer.icloud-services an array with CloudKit,"
                + " the container list an array; delete keys that signing adds.",
        example = """
                <key>com.apple.developer.icloud-container-environment</key>
                <array><string>Production</string><string>Development</string></array>""")
public final class EntitlementValueShape implements WiringRule {

    /** Keys Xcode adds while signing: a copy in the file can only drift from the profile. */
    private static final Set<String> SIGNING_MANAGED = Set.of("application-identifier",
            "com.apple.application-identifier", "com.apple.developer.team-identifier");
    private static final Set<String> ENVIRONMENTS = Set.of("Development", "Production");
    private static final Set<String> PUSH_ENVIRONMENTS = Set.of("development", "production");

    @Override
    public void check(WiringContext context) {
        for (TargetVariant variant : context.variants()) {
            context.wiring().entitlements(variant).ifPresent(file -> check(context, variant, file));
        }
    }

    private static void check(WiringContext context, TargetVariant variant, Entitlements file) {
        for (Map.Entry<String, PlistValue.Entry> keyed : file.root().entries().entrySet()) {
            String key = keyed.getKey();
            PlistValue.Entry entry = keyed.getValue();
            PlistValue value = entry.value();
            Optional<String> problem = switch (key) {
                case Entitlements.ENVIRONMENT -> oneOf(file, key, value, ENVIRONMENTS);
                case Entitlements.PUSH_IOS, Entitlements.PUSH_MACOS -> oneOf(file, key, value, PUSH_ENVIRONMENTS);
                case Entitlements.ICLOUD_SERVICES -> services(value);
                case Entitlements.CONTAINERS, Entitlements.APP_GROUPS -> array(value);
                case Entitlements.KVSTORE -> value instanceof PlistValue.Text text && text.value().contains("*")
                        ? Optional.of("is the wildcard " + Excerpt.quoted(text.value(), 80) + ", a provisioning"
                        + " profile's value; the file names one store, such as"
                        + " $(TeamIdentifierPrefix)$(CFBundleIdentifier)") : Optional.empty();
                default -> Optional.empty();
            };
            if (problem.isPresent()) {
                context.report(variant, entry.keyLocation(), key, key + " " + problem.get() + ".");
            } else if (SIGNING_MANAGED.contains(key)) {
                context.report(variant, entry.keyLocation(), key, Severity.INFO, key + " is written by hand; Xcode"
                        + " adds it from the provisioning profile while signing, so a copy here can only drift from"
                        + " it. Delete it.");
            } else if (key.equals(Entitlements.DEVELOPMENT_CONTAINERS)) {
                context.report(variant, entry.keyLocation(), key, Severity.WARNING, key + " is a provisioning"
                        + " profile's key; in the entitlements file it can keep builds meant for Production on"
                        + " Development containers. Delete it.");
            }
        }
    }

    /** A single string from the allowed values (after substitution; a value that does not resolve is left). */
    private static Optional<String> oneOf(Entitlements file, String key, PlistValue value, Set<String> allowed) {
        if (!(value instanceof PlistValue.Text)) {
            return Optional.of("is " + value.kind() + "; it must be one string, " + String.join(" or ",
                    allowed.stream().sorted().toList()) + (value instanceof PlistValue.Array
                    ? " (a provisioning profile lists both; the entitlements file picks one)" : ""));
        }
        Entitlements.Item item = file.string(key).orElseThrow();
        if (item.certain() && !allowed.contains(item.text())) {
            return Optional.of("is " + Excerpt.quoted(item.text(), 80) + "; it must be "
                    + String.join(" or ", allowed.stream().sorted().toList()));
        }
        return Optional.empty();
    }

    private static Optional<String> services(PlistValue value) {
        if (!(value instanceof PlistValue.Array array)) {
            return Optional.of("is " + value.kind() + (value instanceof PlistValue.Text t && t.value().equals("*")
                    ? " \"*\", a provisioning profile's value" : "") + "; it must be an array naming CloudKit");
        }
        if (array.items().stream().anyMatch(i -> i instanceof PlistValue.Text t && t.value().strip().equals("*"))) {
            return Optional.of("lists \"*\", a provisioning profile's value; it must name the services, such as"
                    + " CloudKit");
        }
        return Optional.empty();
    }

    private static Optional<String> array(PlistValue value) {
        return value instanceof PlistValue.Array ? Optional.empty()
                : Optional.of("is " + value.kind() + "; it must be an array of identifiers");
    }
}
