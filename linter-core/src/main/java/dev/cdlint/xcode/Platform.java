package dev.cdlint.xcode;

import java.util.Locale;
import java.util.Optional;

/**
 * A platform a target is built for, with the SDK name its settings conditions match ({@code [sdk=macosx*]}). Mac
 * Catalyst builds an iOS target with the macOS SDK.
 */
public enum Platform {
    IOS("iphoneos", "iOS"),
    MACOS("macosx", "macOS"),
    MAC_CATALYST("macosx", "Mac Catalyst"),
    TVOS("appletvos", "tvOS"),
    WATCHOS("watchos", "watchOS"),
    VISIONOS("xros", "visionOS");

    private final String sdk;
    private final String displayName;

    Platform(String sdk, String displayName) {
        this.sdk = sdk;
        this.displayName = displayName;
    }

    /** The SDK's name as conditions match it: {@code iphoneos}, {@code macosx}. */
    public String sdk() {
        return sdk;
    }

    public String displayName() {
        return displayName;
    }

    /** Signed with the macOS entitlement keys ({@code com.apple.developer.aps-environment}). */
    public boolean isMac() {
        return sdk.equals("macosx");
    }

    /**
     * The device platform an SDK or platform name stands for: {@code iphoneos17.2} and {@code iphonesimulator} are
     * iOS; DriverKit and unknown names are empty.
     */
    public static Optional<Platform> ofSdk(String name) {
        String sdk = name.strip().toLowerCase(Locale.ROOT);
        if (sdk.startsWith("iphone")) {
            return Optional.of(IOS);
        }
        if (sdk.startsWith("macosx")) {
            return Optional.of(MACOS);
        }
        if (sdk.startsWith("appletv")) {
            return Optional.of(TVOS);
        }
        if (sdk.startsWith("watch")) {
            return Optional.of(WATCHOS);
        }
        if (sdk.startsWith("xr")) {
            return Optional.of(VISIONOS);
        }
        return Optional.empty();
    }

    /** XcodeGen's and Tuist's platform names: {@code iOS}, {@code macOS}, {@code tvOS}, {@code watchOS}, {@code visionOS}. */
    public static Optional<Platform> ofName(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "ios" -> Optional.of(IOS);
            case "macos" -> Optional.of(MACOS);
            case "tvos" -> Optional.of(TVOS);
            case "watchos" -> Optional.of(WATCHOS);
            case "visionos" -> Optional.of(VISIONOS);
            default -> Optional.empty();
        };
    }
}
