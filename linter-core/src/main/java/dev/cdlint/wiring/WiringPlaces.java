package dev.cdlint.wiring;

import dev.cdlint.plist.PlistValue;
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
 * REPO}: the line a {@code background-mode-missing} diagnosis points at is where
 * {@code wiring-background-mode-missing} would, and a {@code container-permission} diagnosis points at the
 * container entitlement. The repository is read once, on the first question.
 */
public final class WiringPlaces {

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
    public Optional<SourceLocation> backgroundModes() {
        for (TargetVariant variant : syncingApps()) {
            if (!NEED_THE_MODE.contains(variant.platform()) || !wiring().infoPlistKnown(variant)) {
                continue;
            }
            Optional<PlistValue.Dict> plist = wiring().infoPlist(variant);
            if (plist.isPresent()) {
                return Optional.of(plist.get().entry(BackgroundModeMissing.MODES).map(PlistValue.Entry::keyLocation)
                        .orElse(plist.get().location()));
            }
            return Optional.of(variant.setting("GENERATE_INFOPLIST_FILE").filter(BuildSettings.Value::written)
                    .map(BuildSettings.Value::location).orElse(variant.target().location()));
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
    public Optional<SourceLocation> containerEntitlement(String containerIdentifier) {
        for (TargetVariant variant : syncingApps()) {
            Entitlements entitlements = wiring().entitlements(variant).orElseThrow();
            Optional<SourceLocation> listed = entitlements.strings(Entitlements.CONTAINERS).stream()
                    .filter(item -> item.text().equals(containerIdentifier)).map(Entitlements.Item::location)
                    .findFirst();
            if (listed.isPresent() || containerIdentifier == null) {
                return listed.or(() -> Optional.of(entitlements.entry(Entitlements.CONTAINERS)
                        .map(PlistValue.Entry::keyLocation).orElse(entitlements.top())));
            }
        }
        return syncingApps().stream().findFirst().map(v -> {
            Entitlements entitlements = wiring().entitlements(v).orElseThrow();
            return entitlements.entry(Entitlements.CONTAINERS).map(PlistValue.Entry::keyLocation)
                    .orElse(entitlements.top());
        });
    }

    /** App variants signed for CloudKit, those whose code is seen to mirror first. */
    private List<TargetVariant> syncingApps() {
        List<TargetVariant> entitled = wiring().variants().stream().filter(TargetVariant::isApplication)
                .filter(v -> wiring().entitlements(v).map(Entitlements::grantsCloudKit).orElse(false)).toList();
        return entitled.stream().sorted(Comparator.comparing(
                v -> Code.mirroring(wiring(), v, true).isEmpty())).toList();
    }

    private AppWiring wiring() {
        if (wiring == null) {
            wiring = AppWiring.read(repository, code);
        }
        return wiring;
    }
}
