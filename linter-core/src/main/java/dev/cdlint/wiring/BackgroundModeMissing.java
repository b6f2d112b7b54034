package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.plist.PlistValue;
import dev.cdlint.source.Excerpt;
import dev.cdlint.source.SourceLocation;
import dev.cdlint.xcode.BuildSettings;
import dev.cdlint.xcode.Platform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "wiring-background-mode-missing",
        severity = Severity.WARNING,
        summary = "An iOS-family app that syncs with CloudKit has no remote-notification background mode",
        rationale = "CloudKit wakes the app with silent pushes, which iOS, iPadOS, tvOS, watchOS and visionOS"
                + " deliver only to apps whose Info.plist lists remote-notification in UIBackgroundModes. The mode"
                + " must be in the file INFOPLIST_FILE names: a generated Info.plist has no background modes, and"
                + " INFOPLIST_KEY_UIBackgroundModes is ignored. An Info.plist that no target names is dead, so one"
                + " holding the mode is reported (as info) as the likely cause. macOS builds need no mode.",
        source = Sources.CLOUDKIT + "#wiring-background-modes; Apple, \"UIBackgroundModes\","
                + " https://developer.apple.com/documentation/bundleresources/information-property-list/uibackgroundmodes;"
                + " Apple, \"Syncing model data across a person's devices\","
                + " https://developer.apple.com/documentation/swiftdata/syncing-model-data-across-a-persons-devices",
        runtimeError = "\"BUG IN CLIENT OF CLOUDKIT: CloudKit push notifications require the 'remote-notification'"
                + " background mode in your info plist.\" Remote changes arrive only at launch or foreground.",
        fix = "In Signing & Capabilities add Background Modes and tick Remote notifications: Xcode writes"
                + " UIBackgroundModes into the Info.plist file INFOPLIST_FILE names (creating one if the target"
                + " only generates its plist).",
        example = """
                App target: GENERATE_INFOPLIST_FILE = YES, no INFOPLIST_FILE,
                            INFOPLIST_KEY_UIBackgroundModes = remote-notification   (ignored)""")
public final class BackgroundModeMissing implements WiringRule {

    static final String MODES = "UIBackgroundModes";
    private static final String MODE = "remote-notification";
    private static final Set<Platform> NEED_THE_MODE = Set.of(Platform.IOS, Platform.TVOS, Platform.WATCHOS,
            Platform.VISIONOS);

    @Override
    public void check(WiringContext context) {
        AppWiring wiring = context.wiring();
        List<Path> orphans = orphansWithTheMode(wiring);
        for (TargetVariant variant : context.variants()) {
            if (!variant.isApplication() || !NEED_THE_MODE.contains(variant.platform())
                    || !wiring.infoPlistKnown(variant)) {
                continue;
            }
            Optional<Code.Syncing> syncing = Code.syncing(wiring, variant);
            if (syncing.isEmpty()) {
                continue;
            }
            Optional<PlistValue.Dict> plist = wiring.infoPlist(variant);
            if (plist.map(BackgroundModeMissing::hasTheMode).orElse(false)) {
                continue;
            }
            SwiftCode.ContainerSite site = syncing.get().site();
            String syncs = "syncs with " + Code.api(site) + " (" + Code.where(site) + ")";
            if (plist.isPresent()) {
                SourceLocation at = plist.get().entry(MODES).map(PlistValue.Entry::keyLocation)
                        .orElse(plist.get().location());
                context.report(variant, at, MODES, syncs + " but its Info.plist has no " + MODE + " in " + MODES
                        + ": no silent push wakes it for remote changes.");
            } else {
                Optional<BuildSettings.Value> generate = variant.setting("GENERATE_INFOPLIST_FILE")
                        .filter(BuildSettings.Value::written);
                SourceLocation at = generate.map(BuildSettings.Value::location).orElse(variant.target().location());
                String ignored = variant.setting("INFOPLIST_KEY_UIBackgroundModes").isPresent()
                        ? " (INFOPLIST_KEY_UIBackgroundModes is ignored by Xcode's generator)" : "";
                context.report(variant, at, "INFOPLIST_FILE", syncs + " but its Info.plist is generated from"
                        + " build settings, which cannot hold background modes" + ignored + ": no " + MODE
                        + " mode, so no silent push wakes it for remote changes. Name an Info.plist with the mode in"
                        + " INFOPLIST_FILE.");
            }
            for (Path orphan : orphans) {
                if (orphan.startsWith(variant.project().sourceRoot())) {
                    PlistValue.Dict dict = (PlistValue.Dict) wiring.plist(orphan).orElseThrow();
                    context.report(variant, dict.entry(MODES).orElseThrow().keyLocation(), MODES, Severity.INFO,
                            Excerpt.quoted(wiring.files().root().relativize(orphan).toString(), 120) + " lists "
                                    + MODE + ", but no target names it in INFOPLIST_FILE, so its keys never reach"
                                    + " an app; it is likely the Info.plist this target was meant to use.");
                }
            }
        }
    }

    static boolean hasTheMode(PlistValue.Dict plist) {
        return plist.get(MODES).filter(PlistValue.Array.class::isInstance)
                .map(a -> ((PlistValue.Array) a).items().stream()
                        .anyMatch(i -> i instanceof PlistValue.Text t && t.value().strip().equals(MODE)))
                .orElse(false);
    }

    /** Info.plist files with the mode that no variant names, when every variant's INFOPLIST_FILE is known. */
    private static List<Path> orphansWithTheMode(AppWiring wiring) {
        List<Path> orphans = new ArrayList<>();
        if (!wiring.allResolved("INFOPLIST_FILE")) {
            return orphans;
        }
        Set<Path> referenced = wiring.referenced("INFOPLIST_FILE");
        for (Path file : wiring.files().infoPlists()) {
            Path normalized = file.toAbsolutePath().normalize();
            if (!referenced.contains(normalized) && wiring.plist(file).filter(PlistValue.Dict.class::isInstance)
                    .map(d -> hasTheMode((PlistValue.Dict) d)).orElse(false)) {
                orphans.add(normalized);
            }
        }
        return orphans;
    }
}
