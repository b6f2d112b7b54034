package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.Excerpt;
import java.util.Optional;

@RuleInfo(
        id = "wiring-container-id-malformed",
        severity = Severity.ERROR,
        summary = "A CloudKit container identifier is not iCloud. and a reverse-DNS name, or holds white space",
        rationale = "CloudKit container identifiers are \"iCloud.\" followed by a reverse-DNS name. One without the"
                + " prefix, or with a space or line break (often from an xcconfig value or a pasted string), names"
                + " a container that does not exist, in the entitlements or in code. Values are checked after"
                + " Xcode's variable substitution; one whose variables do not resolve is left alone.",
        source = Sources.CLOUDKIT + "#wiring-containers; Apple, \"icloud-container-identifiers\","
                + " https://developer.apple.com/documentation/bundleresources/entitlements/com.apple.developer.icloud-container-identifiers",
        runtimeError = "\"Bad Container\" (5/1014): \"Couldn't get container configuration from the server for"
                + " container …\"; or signing fails with a profile that \"doesn't support the … iCloud Container\".",
        fix = "Write the identifier exactly as in the Certificates, Identifiers & Profiles portal: iCloud.com.example.App,"
                + " with no white space.",
        example = "<string>iCloud.com.example.Notes\n</string>")
public final class ContainerIdMalformed implements WiringRule {

    @Override
    public void check(WiringContext context) {
        AppWiring wiring = context.wiring();
        for (TargetVariant variant : context.variants()) {
            wiring.entitlements(variant).ifPresent(file -> {
                for (Entitlements.Item item : file.strings(Entitlements.CONTAINERS)) {
                    problem(item.text(), item.certain()).ifPresent(problem -> context.report(variant,
                            item.location(), Entitlements.CONTAINERS, "the container "
                                    + Excerpt.quoted(item.text(), 120) + " " + problem + "."));
                }
            });
            for (SwiftCode.ContainerSite site : wiring.sites(variant.target())) {
                site.containerIdentifier().flatMap(id -> problem(id, true)).ifPresent(problem -> context.report(
                        variant, site.identifierLocation(), "containerIdentifier", "the container "
                                + Excerpt.quoted(site.containerIdentifier().orElseThrow(), 120) + " named in code "
                                + problem + "."));
            }
        }
    }

    /** What is wrong with an identifier, if anything; an identifier whose variables do not resolve is left. */
    static Optional<String> problem(String identifier, boolean certain) {
        if (!identifier.equals(identifier.strip()) || identifier.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("holds white space, so it names no container");
        }
        if (!certain) {
            return Optional.empty();
        }
        if (identifier.contains("$(") || identifier.contains("${")) {
            return Optional.of("still holds a variable after substitution");
        }
        if (!identifier.startsWith("iCloud.") || identifier.length() == "iCloud.".length()) {
            return Optional.of("does not start with \"iCloud.\" and a name, as container identifiers do");
        }
        return Optional.empty();
    }
}
