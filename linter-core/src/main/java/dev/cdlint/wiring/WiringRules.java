package dev.cdlint.wiring;

import java.util.List;

/**
 * Every wiring rule, in the order they run: the two that say what was not read or resolved run last, so that
 * what the others could not read is in their findings.
 */
// TODO(catalog): dev.cdlint.catalog.Catalog absorbs this list when it lands on main.
public final class WiringRules {

    public static final List<WiringRule> ALL = List.of(
            new CloudKitEntitlementMissing(),
            new ContainerNotEntitled(),
            new ContainerIdMalformed(),
            new PushEntitlementMissing(),
            new PushKeyWrongPlatform(),
            new BackgroundModeMissing(),
            new InfoPlistKeyIgnored(),
            new EnvironmentDevelopmentInRelease(),
            new ExportOptionsEnvironment(),
            new EntitlementValueShape(),
            new AppGroupMismatch(),
            new ExtensionMirrorsStore(),
            new SwiftDataAutomaticCloudKit(),
            new SigningDisabledArchive(),
            new EnvironmentParity(),
            new EntitlementsConfigDivergence(),
            new PlatformsSplitContainers(),
            new ProjectUnreadable(),
            new TargetUnresolved());

    private WiringRules() {}
}
