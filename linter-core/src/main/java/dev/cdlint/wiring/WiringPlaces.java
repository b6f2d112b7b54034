package dev.cdlint.wiring;

import dev.cdlint.plist.PlistValue;
import dev.cdlint.source.Excerpt;
import dev.cdlint.source.SourceLocation;
import dev.cdlint.xcode.BuildSettings;
import dev.cdlint.xcode.Platform;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where in an app repository the lines are that a sync log's diagnosis is about, for {@code cdlint logs --model
 * REPO}, and what cdlint sees there: the line a {@code background-mode-missing} diagnosis points at is where
 * {@code wiring-background-mode-missing} would, a {@code container-permission} diagnosis points at the container
 * entitlement, and a {@code missing-entitlement} or {@code daemon-unavailable} one at the CloudKit service, where
 * {@code wiring-cloudkit-entitlement-missing} would. The repository is read once, on the first question.
 */
public final class WiringPlaces {

    /**
     * A line of the app's wiring, and what cdlint sees there.
     *
     * @param seen one sentence: "Target 'App' is built with the Info.plist 'App/Info.plist', which has no
     *     remote-notification in UIBackgroundModes (wiring-background-mode-missing)."
     */
    public record Line(SourceLocation location, String seen) {}

    private static final Set<Platform> NEED_THE_MODE = Set.of(Platform.IOS, Platform.TVOS, Platform.WATCHOS,
            Platform.VISIONOS);

    private final Path repository;
    private final SwiftCode code;
    private AppWiring wiring;

    private WiringPlaces(Path repository, SwiftCode code) {
        this.repository = repository;
        this.code = code;
    }

    /** The places of the repository, its code read with the Swift reader. */
    public static WiringPlaces of(Path repository) {
        return new WiringPlaces(repository, SwiftCode.READER);
    }

    static WiringPlaces of(Path repository, SwiftCode code) {
        return new WiringPlaces(repository, code);
    }

    /**
     * Where the {@code remote-notification} background mode of the app that syncs is, or belongs: the
     * {@code UIBackgroundModes} key of the Info.plist it is built with, else that file's top dictionary, else (a
     * generated Info.plist) the {@code GENERATE_INFOPLIST_FILE} setting. Empty when no iOS-family app is signed
     * for CloudKit.
     */
    public Optional<Line> backgroundModes() {
        for (TargetVariant variant : syncingApps()) {
            if (!NEED_THE_MODE.contains(variant.platform()) || !wiring().infoPlistKnown(variant)) {
                continue;
            }
            String target = Excerpt.quoted(variant.target().name(), 80);
            String reported = Code.syncing(wiring(), variant).isPresent() ? " (wiring-background-mode-missing)" : "";
            Optional<PlistValue.Dict> plist = wiring().infoPlist(variant);
            if (plist.isPresent()) {
                String file = "Target " + target + " is built with the Info.plist "
                        + relative(plist.get().location().file()) + ", which";
                return Optional.of(BackgroundModeMissing.hasTheMode(plist.get())
                        ? new Line(plist.get().entry(BackgroundModeMissing.MODES).orElseThrow().keyLocation(), file
                                + " lists remote-notification: the log comes from another build or target.")
                        : new Line(plist.get().entry(BackgroundModeMissing.MODES).map(PlistValue.Entry::keyLocation)
                                .orElse(plist.get().location()), file + " has no remote-notification in "
                                + BackgroundModeMissing.MODES + reported + "."));
            }
            return Optional.of(new Line(variant.setting("GENERATE_INFOPLIST_FILE").filter(BuildSettings.Value::written)
                    .map(BuildSettings.Value::location).orElse(variant.target().location()), "Target " + target
                    + " generates its Info.plist from build settings, which cannot hold background modes" + reported
                    + "."));
        }
        return Optional.empty();
    }

    /**
     * Where the app that syncs lists its containers: the line of the identifier given when the entitlements list
     * it, else the {@code icloud-container-identifiers} key, else the file's top dictionary. Empty when no app
     * is signed for CloudKit.
     *
     * @param containerIdentifier the container the log names, or null
     */
    public Optional<Line> containerEntitlement(String containerIdentifier) {
        List<TargetVariant> apps = syncingApps();
        for (TargetVariant variant : apps) {
            Entitlements entitlements = wiring().entitlements(variant).orElseThrow();
            Optional<SourceLocation> listed = entitlements.strings(Entitlements.CONTAINERS).stream()
                    .filter(item -> item.text().equals(containerIdentifier)).map(Entitlements.Item::location)
                    .findFirst();
            if (listed.isPresent()) {
                return Optional.of(new Line(listed.get(), "Target " + Excerpt.quoted(variant.target().name(), 80)
                        + " is signed for " + Excerpt.quoted(containerIdentifier, 120) + ": CloudKit refusing it"
                        + " points at the developer portal, where the container must be associated with the app"
                        + " ID and included in its provisioning profile."));
            }
        }
        return apps.stream().findFirst().map(variant -> {
            Entitlements entitlements = wiring().entitlements(variant).orElseThrow();
            List<String> containers = entitlements.strings(Entitlements.CONTAINERS).stream()
                    .map(item -> Excerpt.quoted(item.text(), 120)).toList();
            return new Line(entitlements.entry(Entitlements.CONTAINERS).map(PlistValue.Entry::keyLocation)
                    .orElse(entitlements.top()), "Target " + Excerpt.quoted(variant.target().name(), 80)
                    + " is signed with " + relative(entitlements.file()) + ", which lists "
                    + (containers.isEmpty() ? "no container" : String.join(", ", containers)) + ".");
        });
    }

    /**
     * Where the CloudKit service of an app is granted, or belongs: first where
     * {@code wiring-cloudkit-entitlement-missing} points (an app that compiles CloudKit code but is signed
     * without the service), else the {@code icloud-services} key of an app signed for CloudKit. Empty when no app's
     * entitlements are known.
     *
     * @param macFirst look at macOS apps first: the daemon's connection fails over how a Mac app is signed
     */
    public Optional<Line> cloudKitService(boolean macFirst) {
        List<TargetVariant> apps = wiring().variants().stream().filter(TargetVariant::isApplication)
                .filter(wiring()::entitlementsKnown)
                .sorted(Comparator.comparing(v -> macFirst && !v.platform().isMac())).toList();
        for (TargetVariant variant : apps) {
            Optional<Entitlements> entitlements = wiring().entitlements(variant);
            if (Code.needingCloudKit(wiring(), variant).isEmpty()
                    || entitlements.map(Entitlements::grantsCloudKit).orElse(false)) {
                continue;
            }
            String target = Excerpt.quoted(variant.target().name(), 80);
            return Optional.of(entitlements.isEmpty()
                    ? new Line(variant.target().location(), "Target " + target + " is signed with no entitlements"
                            + " file, so without CloudKit (wiring-cloudkit-entitlement-missing).")
                    : new Line(servicesLine(entitlements.get()), "Target " + target + " is signed with "
                            + relative(entitlements.get().file()) + ", which does not list CloudKit in "
                            + Entitlements.ICLOUD_SERVICES + " (wiring-cloudkit-entitlement-missing)."));
        }
        return apps.stream().filter(v -> wiring().entitlements(v).map(Entitlements::grantsCloudKit).orElse(false))
                .findFirst().map(variant -> {
                    Entitlements entitlements = wiring().entitlements(variant).orElseThrow();
                    return new Line(servicesLine(entitlements), "Target " + Excerpt.quoted(variant.target().name(),
                            80) + " is signed with " + relative(entitlements.file()) + ", which grants CloudKit: the"
                            + " build that logged this was signed otherwise (a provisioning profile without iCloud, an"
                            + " ad hoc signature) or is another target.");
                });
    }

    private static SourceLocation servicesLine(Entitlements entitlements) {
        return entitlements.entry(Entitlements.ICLOUD_SERVICES).map(PlistValue.Entry::keyLocation)
                .orElse(entitlements.top());
    }

    /** App variants signed for CloudKit, those whose code is seen to mirror first. */
    private List<TargetVariant> syncingApps() {
        List<TargetVariant> entitled = wiring().variants().stream().filter(TargetVariant::isApplication)
                .filter(v -> wiring().entitlements(v).map(Entitlements::grantsCloudKit).orElse(false)).toList();
        return entitled.stream().sorted(Comparator.comparing(
                v -> Code.mirroring(wiring(), v, true).isEmpty())).toList();
    }

    /** A file as the repository names it, for a sentence. */
    private String relative(Path file) {
        Path root = wiring().files().root();
        Path absolute = file.toAbsolutePath().normalize();
        return Excerpt.quoted((absolute.startsWith(root) ? root.relativize(absolute) : file.getFileName()).toString(),
                120);
    }

    private AppWiring wiring() {
        if (wiring == null) {
            wiring = AppWiring.read(repository, code);
        }
        return wiring;
    }
}
