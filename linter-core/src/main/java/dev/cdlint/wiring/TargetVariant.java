package dev.cdlint.wiring;

import dev.cdlint.xcode.BuildSettings;
import dev.cdlint.xcode.Platform;
import dev.cdlint.xcode.Target;
import dev.cdlint.xcode.XcodeProject;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One target built in one configuration for one platform: what Xcode signs and packages, and so what a wiring
 * check looks at. A multiplatform target ({@code SDKROOT = auto}) and an iOS target that also builds for Mac
 * Catalyst have one variant per platform, each with its own settings ({@code [sdk=macosx*]}).
 */
public record TargetVariant(XcodeProject project, Target target, String configuration, Platform platform,
        BuildSettings settings) {

    /**
     * The setting, when it is set to something: a blank value is unset, unless it is blank because it refers to
     * settings nothing defines, which is not the same as empty.
     */
    public Optional<BuildSettings.Value> setting(String name) {
        return settings.get(name).filter(v -> !v.text().isBlank() || !v.certain());
    }

    /**
     * A path-valued setting ({@code CODE_SIGN_ENTITLEMENTS}, {@code INFOPLIST_FILE}) as a file: relative to the
     * project's folder ({@code SRCROOT}). Empty when unset; the value itself says when it is not certain.
     */
    public Optional<Path> path(BuildSettings.Value value) {
        try {
            return Optional.of(project.sourceRoot().resolve(value.text().strip()).normalize());
        } catch (InvalidPathException invalid) {
            return Optional.empty();
        }
    }

    /** An app a user launches, not an extension, test bundle or framework. */
    public boolean isApplication() {
        return target.isApplication();
    }

    /** The bundle identifier: {@code PRODUCT_BUNDLE_IDENTIFIER}, when it is set and certain. */
    public Optional<String> bundleIdentifier() {
        return setting("PRODUCT_BUNDLE_IDENTIFIER").filter(BuildSettings.Value::certain).map(v -> v.text().strip());
    }
}
