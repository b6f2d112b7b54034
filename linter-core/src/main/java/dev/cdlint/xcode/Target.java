package dev.cdlint.xcode;

import dev.cdlint.source.SourceLocation;
import java.util.List;
import java.util.Locale;

/**
 * A target of an Xcode project (or of a project.yml), with its configurations in the order the project lists
 * them.
 *
 * @param productType Xcode's product type, such as {@code com.apple.product-type.application}
 * @param location where the target is declared: a finding about the target as a whole points here
 */
public record Target(String name, String productType, SourceLocation location, List<BuildConfiguration> configurations,
        SourceSet sources) {

    public Target {
        configurations = List.copyOf(configurations);
    }

    /** An app a user launches: iOS, macOS, tvOS and visionOS apps, watch apps, App Clips. */
    public boolean isApplication() {
        String type = productType.toLowerCase(Locale.ROOT);
        return type.equals("com.apple.product-type.application")
                || type.startsWith("com.apple.product-type.application.");
    }

    /** An app extension of any kind: widgets, share extensions, intents, watch extensions. */
    public boolean isExtension() {
        String type = productType.toLowerCase(Locale.ROOT);
        return type.contains("extension");
    }

    /** Unit and UI test bundles. */
    public boolean isTest() {
        String type = productType.toLowerCase(Locale.ROOT);
        return type.contains("unit-test") || type.contains("ui-testing");
    }
}
